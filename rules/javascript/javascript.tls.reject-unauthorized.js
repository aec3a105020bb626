const https = require("https");
const axios = require("axios");

// ruleid: javascript.tls.reject-unauthorized
const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

const client = axios.create({
  // ruleid: javascript.tls.reject-unauthorized
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

const options = { hostname: "api.internal", port: 443 };
// ruleid: javascript.tls.reject-unauthorized
options.rejectUnauthorized = false;

// ok: javascript.tls.reject-unauthorized
const safeAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: true });

// ok: javascript.tls.reject-unauthorized
const withCa = new https.Agent({ ca: process.env.INTERNAL_CA });

module.exports = { agent, client, safeAgent, withCa };
