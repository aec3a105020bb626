const express = require("express");
const cors = require("cors");

const app = express();
// ruleid: javascript.cors.permissive-credentials
app.use(cors({ origin: true, credentials: true }));

const api = express.Router();
// ruleid: javascript.cors.permissive-credentials
api.use(cors({ credentials: true, origin: (origin, cb) => cb(null, true) }));

app.use((req, res, next) => {
  // ruleid: javascript.cors.permissive-credentials
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin);
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

const ALLOWED = ["https://app.example.com", "https://admin.example.com"];
const safe = express();
// ok: javascript.cors.permissive-credentials
safe.use(cors({ origin: ALLOWED, credentials: true }));
// ok: javascript.cors.permissive-credentials
safe.use(cors({ origin: "*" }));
safe.use((req, res, next) => {
  if (ALLOWED.includes(req.headers.origin)) {
    // ok: javascript.cors.permissive-credentials
    res.setHeader("Access-Control-Allow-Origin", req.headers.origin);
  }
  next();
});

module.exports = { app, api, safe };
