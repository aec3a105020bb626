const crypto = require("crypto");

function encryptLegacy(text, key, iv) {
  // ruleid: javascript.crypto.weak-cipher
  const cipher = crypto.createCipheriv("des-ede3-cbc", key, iv);
  return cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

function encryptWithPassword(text, password) {
  // ruleid: javascript.crypto.weak-cipher
  const cipher = crypto.createCipher("aes-256-cbc", password);
  return cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

function encrypt(text, key) {
  const iv = crypto.randomBytes(12);
  // ok: javascript.crypto.weak-cipher
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return { iv, data, tag: cipher.getAuthTag() };
}

function decrypt({ iv, data, tag }, key) {
  // ok: javascript.crypto.weak-cipher
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
}

module.exports = { encryptLegacy, encryptWithPassword, encrypt, decrypt };
