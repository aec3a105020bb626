import crypto from "crypto";
import forge from "node-forge";

// ruleid: typescript.crypto.weak-rsa-key
const { publicKey, privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 1024 });

// ruleid: typescript.crypto.weak-rsa-key
const legacy = forge.pki.rsa.generateKeyPair({ bits: 512, e: 0x10001 });

// ok: typescript.crypto.weak-rsa-key
const strong = crypto.generateKeyPairSync("rsa", { modulusLength: 3072 });

// ok: typescript.crypto.weak-rsa-key
const edKeys = crypto.generateKeyPairSync("ed25519");

export { publicKey, privateKey, legacy, strong, edKeys };
