import crypto from "crypto";
import CryptoJS from "crypto-js";

const key = crypto.randomBytes(24);

export function encryptLegacy(data: string): string {
  const iv = crypto.randomBytes(8);
  // ruleid: typescript.crypto.weak-cipher
  const cipher = crypto.createCipheriv("des-ede3-cbc", key, iv);
  return cipher.update(data, "utf8", "hex") + cipher.final("hex");
}

export function encryptWithPassword(data: string, password: string): string {
  // ruleid: typescript.crypto.weak-cipher
  const cipher = crypto.createCipher("aes-256-cbc", password);
  // ruleid: typescript.crypto.weak-cipher
  const other = CryptoJS.TripleDES.encrypt(data, password).toString();
  return cipher.update(data, "utf8", "hex") + cipher.final("hex") + other;
}

export function encryptModern(data: string, aesKey: Buffer) {
  const iv = crypto.randomBytes(12);
  // ok: typescript.crypto.weak-cipher
  const cipher = crypto.createCipheriv("aes-256-gcm", aesKey, iv);
  // ok: typescript.crypto.weak-cipher
  const viaCryptoJs = CryptoJS.AES.encrypt(data, aesKey.toString("hex")).toString();
  const enc = Buffer.concat([cipher.update(data, "utf8"), cipher.final()]);
  return { iv, enc, tag: cipher.getAuthTag(), viaCryptoJs };
}
