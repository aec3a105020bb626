import hashlib
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC


def hash_password(password: str):
    salt = os.urandom(16)
    # ruleid: python.crypto.pbkdf2-low-iterations
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)
    return salt + digest


def hash_password_safe(password: str):
    salt = os.urandom(16)
    # ok: python.crypto.pbkdf2-low-iterations
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return salt + digest


def derive_key(password: bytes, salt: bytes) -> bytes:
    # ruleid: python.crypto.pbkdf2-low-iterations
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=10000)
    return kdf.derive(password)


def derive_key_safe(password: bytes, salt: bytes) -> bytes:
    # ok: python.crypto.pbkdf2-low-iterations
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600000)
    return kdf.derive(password)
