import crypto from "crypto";
import bcrypt from "bcrypt";
import md5 from "md5";

export function hashPassword(password: string): string {
  // ruleid: typescript.crypto.weak-password-hash
  return crypto.createHash("md5").update(password).digest("hex");
}

export async function register(body: { email: string; password: string }) {
  // ruleid: typescript.crypto.weak-password-hash
  const legacy = crypto.createHash("sha256").update(body.password + "static-salt").digest("hex");
  // ruleid: typescript.crypto.weak-password-hash
  const old = md5(body.password);
  // ok: typescript.crypto.weak-password-hash
  const hash = await bcrypt.hash(body.password, 12);
  // ok: typescript.crypto.weak-password-hash
  const etag = crypto.createHash("sha256").update(body.email).digest("hex");
  return { legacy, old, hash, etag };
}
