const crypto = require("crypto");

const KEY = Buffer.from(process.env.DATA_KEY, "base64");

function encryptToken(token) {
  // ruleid: javascript.crypto.static-iv
  const cipher = crypto.createCipheriv("aes-256-cbc", KEY, Buffer.alloc(16, 0));
  return cipher.update(token, "utf8", "hex") + cipher.final("hex");
}

function encryptEmail(email) {
  // ruleid: javascript.crypto.static-iv
  const cipher = crypto.createCipheriv("aes-256-gcm", KEY, Buffer.from("0123456789ab"));
  return Buffer.concat([cipher.update(email, "utf8"), cipher.final()]);
}

function encryptSafely(text) {
  const iv = crypto.randomBytes(12);
  // ok: javascript.crypto.static-iv
  const cipher = crypto.createCipheriv("aes-256-gcm", KEY, iv);
  return { iv, data: Buffer.concat([cipher.update(text, "utf8"), cipher.final()]), tag: cipher.getAuthTag() };
}

function encryptWithStoredIv(text, record) {
  // ok: javascript.crypto.static-iv
  const cipher = crypto.createCipheriv("aes-256-gcm", KEY, Buffer.from(record.iv, "base64"));
  return cipher.update(text, "utf8", "hex");
}

module.exports = { encryptToken, encryptEmail, encryptSafely, encryptWithStoredIv };
