const crypto = require("crypto");
const CryptoJS = require("crypto-js");

function encryptCard(number, key) {
  // ruleid: javascript.crypto.ecb-mode
  const cipher = crypto.createCipheriv("aes-128-ecb", key, null);
  return cipher.update(number, "utf8", "base64") + cipher.final("base64");
}

function encryptNote(text, key) {
  // ruleid: javascript.crypto.ecb-mode
  return CryptoJS.AES.encrypt(text, key, { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 }).toString();
}

function encryptCardSafely(number, key) {
  const iv = crypto.randomBytes(12);
  // ok: javascript.crypto.ecb-mode
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  return { iv, data: Buffer.concat([cipher.update(number, "utf8"), cipher.final()]), tag: cipher.getAuthTag() };
}

function encryptNoteSafely(text, key) {
  // ok: javascript.crypto.ecb-mode
  return CryptoJS.AES.encrypt(text, key).toString();
}

module.exports = { encryptCard, encryptNote, encryptCardSafely, encryptNoteSafely };
