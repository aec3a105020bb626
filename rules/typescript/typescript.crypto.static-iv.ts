import crypto from "crypto";

const KEY = crypto.scryptSync(process.env.APP_SECRET ?? "", "salt", 32);

export function encryptToken(token: string): string {
  // ruleid: typescript.crypto.static-iv
  const cipher = crypto.createCipheriv("aes-256-cbc", KEY, Buffer.alloc(16, 0));
  return cipher.update(token, "utf8", "hex") + cipher.final("hex");
}

export function encryptEmail(email: string): string {
  const iv = Buffer.from("1234567890abcdef");
  // ruleid: typescript.crypto.static-iv
  const cipher = crypto.createCipheriv("aes-256-cbc", KEY, iv);
  return cipher.update(email, "utf8", "hex") + cipher.final("hex");
}

export function encryptSafe(value: string) {
  const iv = crypto.randomBytes(12);
  // ok: typescript.crypto.static-iv
  const cipher = crypto.createCipheriv("aes-256-gcm", KEY, iv);
  const data = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
  return { iv: iv.toString("hex"), data: data.toString("hex"), tag: cipher.getAuthTag().toString("hex") };
}

export function decryptSafe(payload: { iv: string; data: string }) {
  // ok: typescript.crypto.static-iv
  const decipher = crypto.createDecipheriv("aes-256-cbc", KEY, Buffer.from(payload.iv, "hex"));
  return decipher.update(payload.data, "hex", "utf8") + decipher.final("utf8");
}
