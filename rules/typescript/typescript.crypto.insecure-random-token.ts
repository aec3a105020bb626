import crypto from "crypto";

export function generateResetToken(): string {
  // ruleid: typescript.crypto.insecure-random-token
  return Math.random().toString(36).substring(2) + Date.now().toString(36);
}

export function createOtp(user: { id: string }) {
  // ruleid: typescript.crypto.insecure-random-token
  const otpCode = Math.floor(100000 + Math.random() * 900000).toString();
  // ok: typescript.crypto.insecure-random-token
  const verificationCode = crypto.randomInt(100000, 1000000).toString();
  return { userId: user.id, otpCode, verificationCode };
}

export function makeApiKey(): string {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let apiKey = "";
  for (let i = 0; i < 32; i++) {
    // ruleid: typescript.crypto.insecure-random-token
    apiKey += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return apiKey;
}

export function newSessionToken(): string {
  // ok: typescript.crypto.insecure-random-token
  return crypto.randomBytes(32).toString("hex");
}

export function jitter(): number {
  // ok: typescript.crypto.insecure-random-token
  const delayMs = 100 + Math.random() * 50;
  return delayMs;
}
