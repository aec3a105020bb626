const express = require("express");
const jwt = require("jsonwebtoken");

const app = express();
const JWT_SECRET = process.env.JWT_SECRET || "supersecretkey123";

app.post("/login", (req, res) => {
  // ruleid: javascript.jwt.hardcoded-secret
  const token = jwt.sign({ sub: req.body.email }, "my-super-secret", { expiresIn: "1h" });
  // ruleid: javascript.jwt.hardcoded-secret
  const refresh = jwt.sign({ sub: req.body.email }, JWT_SECRET, { expiresIn: "7d" });
  res.json({ token, refresh });
});

const secret = process.env.JWT_SECRET;
if (!secret) {
  throw new Error("JWT_SECRET is not set");
}

function authenticate(req, res, next) {
  try {
    // ok: javascript.jwt.hardcoded-secret
    req.user = jwt.verify(req.headers.authorization.split(" ")[1], secret, { algorithms: ["HS256"] });
    next();
  } catch {
    res.sendStatus(401);
  }
}

// ok: javascript.jwt.hardcoded-secret
const serviceToken = jwt.sign({ sub: "svc" }, process.env.SERVICE_SECRET, { algorithm: "HS256" });

module.exports = { app, authenticate, serviceToken };
