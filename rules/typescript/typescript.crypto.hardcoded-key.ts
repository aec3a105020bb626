import crypto from "crypto";
import CryptoJS from "crypto-js";

export function encrypt(text: string): string {
  const iv = crypto.randomBytes(16);
  // ruleid: typescript.crypto.hardcoded-key
  const cipher = crypto.createCipheriv("aes-256-cbc", Buffer.from("3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e"), iv);
  return iv.toString("hex") + ":" + cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

export function sign(payload: string): string {
  // ruleid: typescript.crypto.hardcoded-key
  return crypto.createHmac("sha256", "s3cr3t-signing-k3y-2024").update(payload).digest("hex");
}

export function encryptNote(note: string): string {
  // ruleid: typescript.crypto.hardcoded-key
  return CryptoJS.AES.encrypt(note, "MyVerySecretKey123").toString();
}

export function signSafe(payload: string): string {
  // ok: typescript.crypto.hardcoded-key
  return crypto.createHmac("sha256", process.env.SIGNING_KEY!).update(payload).digest("hex");
}

export function encryptSafe(text: string, key: Buffer) {
  const iv = crypto.randomBytes(12);
  // ok: typescript.crypto.hardcoded-key
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  return cipher.update(text, "utf8", "hex") + cipher.final("hex");
}
