import crypto from "crypto";

export function deriveKey(password: string, salt: Buffer): Buffer {
  // ruleid: typescript.crypto.low-pbkdf2-iterations
  return crypto.pbkdf2Sync(password, salt, 1000, 32, "sha256");
}

export function hashLegacy(password: string, salt: string, done: (err: Error | null, key: Buffer) => void) {
  // ruleid: typescript.crypto.low-pbkdf2-iterations
  crypto.pbkdf2(password, salt, 10000, 64, "sha512", done);
}

export function deriveStrong(password: string): { salt: string; key: string } {
  const salt = crypto.randomBytes(16);
  // ok: typescript.crypto.low-pbkdf2-iterations
  const key = crypto.pbkdf2Sync(password, salt, 600000, 32, "sha256");
  // ok: typescript.crypto.low-pbkdf2-iterations
  const again = crypto.pbkdf2Sync(password, salt, 600_000, 32, "sha256");
  return { salt: salt.toString("hex"), key: key.toString("hex") + again.length };
}
