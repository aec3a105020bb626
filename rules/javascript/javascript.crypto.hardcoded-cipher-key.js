const crypto = require("crypto");

function encrypt(text) {
  const iv = crypto.randomBytes(12);
  // ruleid: javascript.crypto.hardcoded-cipher-key
  const cipher = crypto.createCipheriv("aes-256-gcm", "k3y-0f-32-chars-f0r-aes-256-gcm!", iv);
  return { iv, data: cipher.update(text, "utf8", "hex") + cipher.final("hex"), tag: cipher.getAuthTag() };
}

function sign(payload) {
  // ruleid: javascript.crypto.hardcoded-cipher-key
  return crypto.createHmac("sha256", Buffer.from("webhook-signing-secret-2024")).update(payload).digest("hex");
}

const KEY = Buffer.from(process.env.DATA_KEY, "base64");

function encryptSafely(text) {
  const iv = crypto.randomBytes(12);
  // ok: javascript.crypto.hardcoded-cipher-key
  const cipher = crypto.createCipheriv("aes-256-gcm", KEY, iv);
  return { iv, data: cipher.update(text, "utf8", "hex") + cipher.final("hex"), tag: cipher.getAuthTag() };
}

function signSafely(payload) {
  // ok: javascript.crypto.hardcoded-cipher-key
  return crypto.createHmac("sha256", process.env.WEBHOOK_SECRET).update(payload).digest("hex");
}

module.exports = { encrypt, sign, encryptSafely, signSafely };
