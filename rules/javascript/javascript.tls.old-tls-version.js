const https = require("https");
const tls = require("tls");
const fs = require("fs");

const server = https.createServer({
  key: fs.readFileSync("server.key"),
  cert: fs.readFileSync("server.crt"),
  // ruleid: javascript.tls.old-tls-version
  minVersion: "TLSv1",
});

const legacyAgent = new https.Agent({
  // ruleid: javascript.tls.old-tls-version
  secureProtocol: "TLSv1_method",
});

// ruleid: javascript.tls.old-tls-version
tls.DEFAULT_MIN_VERSION = "TLSv1.1";

const modern = https.createServer({
  key: fs.readFileSync("server.key"),
  cert: fs.readFileSync("server.crt"),
  // ok: javascript.tls.old-tls-version
  minVersion: "TLSv1.2",
});

// ok: javascript.tls.old-tls-version
const agent = new https.Agent({ keepAlive: true, maxVersion: "TLSv1.3" });

module.exports = { server, legacyAgent, modern, agent };
