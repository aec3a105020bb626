import crypto from "crypto";
import CryptoJS from "crypto-js";

export function encryptCard(pan: string, key: Buffer): string {
  // ruleid: typescript.crypto.ecb-mode
  const cipher = crypto.createCipheriv("aes-128-ecb", key, null);
  return cipher.update(pan, "utf8", "hex") + cipher.final("hex");
}

export function encryptNote(note: string, secret: string): string {
  // ruleid: typescript.crypto.ecb-mode
  return CryptoJS.AES.encrypt(note, CryptoJS.enc.Utf8.parse(secret), { mode: CryptoJS.mode.ECB }).toString();
}

export function encryptSafe(pan: string, key: Buffer) {
  const iv = crypto.randomBytes(12);
  // ok: typescript.crypto.ecb-mode
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  // ok: typescript.crypto.ecb-mode
  const other = CryptoJS.AES.encrypt(pan, "k", { mode: CryptoJS.mode.CBC }).toString();
  return { iv, data: cipher.update(pan, "utf8", "hex") + cipher.final("hex"), tag: cipher.getAuthTag(), other };
}
