const express = require("express");
const jwt = require("jsonwebtoken");

const app = express();

app.get("/me", (req, res) => {
  const token = req.headers.authorization?.replace("Bearer ", "");
  // ruleid: javascript.jwt.decode-without-verify
  const claims = jwt.decode(token);
  if (claims?.role === "admin") {
    return res.json({ admin: true });
  }
  res.json({ user: claims?.sub });
});

app.get("/profile", (req, res) => {
  // ruleid: javascript.jwt.decode-without-verify
  const { sub } = jwt.decode(req.cookies.session);
  res.json({ sub });
});

app.get("/v2/me", (req, res) => {
  const token = req.headers.authorization?.replace("Bearer ", "");
  // ok: javascript.jwt.decode-without-verify
  const claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
  res.json({ user: claims.sub });
});

function tokenExpiry(storedToken) {
  // ok: javascript.jwt.decode-without-verify
  return jwt.decode(storedToken).exp;
}

module.exports = { app, tokenExpiry };
