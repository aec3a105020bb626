const crypto = require("crypto");

function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  // ruleid: javascript.crypto.pbkdf2-low-iterations
  const hash = crypto.pbkdf2Sync(password, salt, 1000, 64, "sha512");
  return `${salt.toString("hex")}:${hash.toString("hex")}`;
}

function hashPasswordAsync(password, cb) {
  const salt = crypto.randomBytes(16);
  // ruleid: javascript.crypto.pbkdf2-low-iterations
  crypto.pbkdf2(password, salt, 10000, 32, "sha256", cb);
}

function hashPasswordSafely(password) {
  const salt = crypto.randomBytes(16);
  // ok: javascript.crypto.pbkdf2-low-iterations
  const hash = crypto.pbkdf2Sync(password, salt, 600000, 32, "sha256");
  return `${salt.toString("hex")}:${hash.toString("hex")}`;
}

const ITERATIONS = 600_000;
function hashWithConstant(password, salt) {
  // ok: javascript.crypto.pbkdf2-low-iterations
  return crypto.pbkdf2Sync(password, salt, ITERATIONS, 32, "sha256");
}

module.exports = { hashPassword, hashPasswordAsync, hashPasswordSafely, hashWithConstant };
