const crypto = require("crypto");
const bcrypt = require("bcrypt");
const md5 = require("md5");

async function register(db, email, password) {
  // ruleid: javascript.crypto.weak-password-hash
  const hash = crypto.createHash("sha256").update(password).digest("hex");
  await db.query("INSERT INTO users (email, password_hash) VALUES ($1, $2)", [email, hash]);
}

function legacyCheck(user, body) {
  // ruleid: javascript.crypto.weak-password-hash
  return user.passwordHash === md5(body.password);
}

async function registerSafely(db, email, password) {
  // ok: javascript.crypto.weak-password-hash
  const hash = await bcrypt.hash(password, 12);
  await db.query("INSERT INTO users (email, password_hash) VALUES ($1, $2)", [email, hash]);
}

function fileChecksum(buffer) {
  // ok: javascript.crypto.weak-password-hash
  return crypto.createHash("sha256").update(buffer).digest("hex");
}

module.exports = { register, legacyCheck, registerSafely, fileChecksum };
