const express = require("express");
const cookieParser = require("cookie-parser");
const serialize = require("node-serialize");

const app = express();
app.use(cookieParser());

app.get("/", (req, res) => {
  if (req.cookies.profile) {
    const raw = Buffer.from(req.cookies.profile, "base64").toString();
    // ruleid: javascript.deserialization.node-serialize
    const profile = serialize.unserialize(raw);
    return res.send(`Hello ${String(profile.username).replace(/[<>&]/g, "")}`);
  }
  res.send("Hello guest");
});

app.post("/import", express.text(), (req, res) => {
  // ruleid: javascript.deserialization.node-serialize
  const settings = serialize.unserialize(req.body);
  res.json({ imported: Object.keys(settings).length });
});

app.get("/v2", (req, res) => {
  // ok: javascript.deserialization.node-serialize
  const profile = JSON.parse(Buffer.from(req.cookies.profile || "e30=", "base64").toString());
  // ok: javascript.deserialization.node-serialize
  res.cookie("profile", Buffer.from(serialize.serialize({ username: "guest" })).toString("base64"));
  res.json({ username: String(profile.username || "guest") });
});

module.exports = app;
