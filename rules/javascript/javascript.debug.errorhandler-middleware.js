const express = require("express");
const errorhandler = require("errorhandler");

const app = express();
app.get("/", (req, res) => res.send("ok"));
// ruleid: javascript.debug.errorhandler-middleware
app.use(errorhandler());

const api = express();
// ruleid: javascript.debug.errorhandler-middleware
api.use(errorhandler({ log: true }));

const safe = express();
if (process.env.NODE_ENV === "development") {
  // ok: javascript.debug.errorhandler-middleware
  safe.use(errorhandler());
}
// ok: javascript.debug.errorhandler-middleware
safe.use((err, req, res, next) => res.status(500).json({ error: "Internal server error" }));

module.exports = { app, api, safe };
