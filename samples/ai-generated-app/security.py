"""Password, token and encryption helpers of the Team Notes API. Pairguard sample."""
import hashlib
import os
import random
import secrets
import string

import bcrypt
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


# FLAW: weak-password-hash
def hash_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()


# SAFE: weak-password-hash
def hash_password_safe(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())


# FLAW: insecure-random
def make_reset_token() -> str:
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))


# SAFE: insecure-random
def make_reset_token_safe() -> str:
    return secrets.token_urlsafe(32)


# FLAW: aes-ecb
def encrypt_note(key: bytes, plaintext: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(data) + encryptor.finalize()


# SAFE: aes-ecb
def encrypt_note_safe(key: bytes, plaintext: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, None)
