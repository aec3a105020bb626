const jwt = require("jsonwebtoken");

function readUser(token, secret) {
  // ruleid: javascript.jwt.none-algorithm
  return jwt.verify(token, secret, { algorithms: ["HS256", "none"] });
}

function issueDebugToken(payload) {
  // ruleid: javascript.jwt.none-algorithm
  return jwt.sign(payload, null, { algorithm: "none" });
}

function readUserSafely(token) {
  // ok: javascript.jwt.none-algorithm
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
}

function issue(payload) {
  // ok: javascript.jwt.none-algorithm
  return jwt.sign(payload, process.env.JWT_SECRET, { algorithm: "HS256", expiresIn: "15m" });
}

module.exports = { readUser, issueDebugToken, readUserSafely, issue };
