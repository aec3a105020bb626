const crypto = require("crypto");

function generateResetToken() {
  // ruleid: javascript.crypto.insecure-random-token
  return Math.random().toString(36).substring(2) + Date.now().toString(36);
}

async function createInvite(user) {
  // ruleid: javascript.crypto.insecure-random-token
  const inviteCode = Math.floor(Math.random() * 1000000).toString().padStart(6, "0");
  // ok: javascript.crypto.insecure-random-token
  const safeCode = crypto.randomInt(0, 1000000).toString().padStart(6, "0");
  return { user, inviteCode, safeCode };
}

const session = {
  // ruleid: javascript.crypto.insecure-random-token
  sessionId: Math.random().toString(16).slice(2),
  // ok: javascript.crypto.insecure-random-token
  csrfToken: crypto.randomBytes(32).toString("hex"),
};

function pickTip(tips) {
  // ok: javascript.crypto.insecure-random-token
  const index = Math.floor(Math.random() * tips.length);
  return tips[index];
}

function retryDelay(attempt) {
  // ok: javascript.crypto.insecure-random-token
  const jitter = Math.random() * 100;
  return 2 ** attempt * 100 + jitter;
}

module.exports = { generateResetToken, createInvite, session, pickTip, retryDelay };
