const express = require("express");

const app = express();

app.post("/login", (req, res) => {
  const token = issueToken(req.body.email);
  // ruleid: javascript.cookies.insecure-cookie
  res.cookie("session", token);
  // ruleid: javascript.cookies.insecure-cookie
  res.cookie("refresh_token", token, { maxAge: 7 * 24 * 3600 * 1000, secure: true });
  // ruleid: javascript.cookies.insecure-cookie
  res.cookie("auth", token, { httpOnly: true, secure: false });
  res.json({ ok: true });
});

app.post("/v2/login", (req, res) => {
  const token = issueToken(req.body.email);
  // ok: javascript.cookies.insecure-cookie
  res.cookie("session", token, { httpOnly: true, secure: true, sameSite: "lax", maxAge: 3600 * 1000 });
  // ok: javascript.cookies.insecure-cookie
  res.cookie("sid", token, { httpOnly: true, secure: process.env.NODE_ENV === "production", sameSite: "strict" });
  // ok: javascript.cookies.insecure-cookie
  res.cookie("theme", req.body.theme || "light");
  res.json({ ok: true });
});

function issueToken(email) {
  return Buffer.from(email).toString("base64url");
}

module.exports = app;
