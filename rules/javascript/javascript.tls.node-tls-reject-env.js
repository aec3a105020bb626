const axios = require("axios");

if (process.env.NODE_ENV !== "production") {
  // ruleid: javascript.tls.node-tls-reject-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
}

function allowSelfSigned() {
  // ruleid: javascript.tls.node-tls-reject-env
  process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = 0;
}

// ok: javascript.tls.node-tls-reject-env
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";

// ok: javascript.tls.node-tls-reject-env
const strict = process.env.NODE_TLS_REJECT_UNAUTHORIZED !== "0";

module.exports = { client: axios.create({ timeout: 5000 }), allowSelfSigned, strict };
