const crypto = require("crypto");

// ruleid: javascript.crypto.weak-rsa-key
const { publicKey, privateKey } = crypto.generateKeyPairSync("rsa", {
  modulusLength: 1024,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
});

function makeSigningKeys(cb) {
  // ruleid: javascript.crypto.weak-rsa-key
  crypto.generateKeyPair("rsa-pss", { modulusLength: 512 }, cb);
}

// ok: javascript.crypto.weak-rsa-key
const strong = crypto.generateKeyPairSync("rsa", {
  modulusLength: 3072,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
});

// ok: javascript.crypto.weak-rsa-key
const ed = crypto.generateKeyPairSync("ed25519");

module.exports = { publicKey, privateKey, makeSigningKeys, strong, ed };
