from Crypto.Cipher import AES, DES, DES3, ARC4
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


def legacy_encrypt(key, iv, data):
    # ruleid: python.crypto.weak-cipher
    cipher = DES.new(key, DES.MODE_CBC, iv)
    return cipher.encrypt(data)


def stream_encrypt(key, data):
    # ruleid: python.crypto.weak-cipher
    return ARC4.new(key).encrypt(data)


def triple(key, iv, data):
    # ruleid: python.crypto.weak-cipher
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def modern(key, nonce, data):
    # ok: python.crypto.weak-cipher
    return ChaCha20Poly1305(key).encrypt(nonce, data, None)


def modern_aes(key, nonce, data):
    # ok: python.crypto.weak-cipher
    return AES.new(key, AES.MODE_GCM, nonce=nonce).encrypt_and_digest(data)
