import base64
import hashlib
import hmac
import os

from Crypto.Cipher import AES
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SECRET_KEY = b"0123456789abcdef0123456789abcdef"
DATA_KEY = base64.b64decode(os.environ["DATA_KEY"])


def encrypt(data):
    nonce = os.urandom(12)
    # ruleid: python.crypto.hardcoded-key
    return nonce + AESGCM(SECRET_KEY).encrypt(nonce, data, None)


def encrypt_safe(data):
    nonce = os.urandom(12)
    # ok: python.crypto.hardcoded-key
    return nonce + AESGCM(DATA_KEY).encrypt(nonce, data, None)


def sign(payload: bytes) -> str:
    # ruleid: python.crypto.hardcoded-key
    return hmac.new(b"webhook-signing-secret", payload, hashlib.sha256).hexdigest()


def legacy(data):
    # ruleid: python.crypto.hardcoded-key
    return AES.new("sixteen byte key".encode(), AES.MODE_GCM).encrypt_and_digest(data)


def token_box():
    # ok: python.crypto.hardcoded-key
    return Fernet(os.environ["FERNET_KEY"])
