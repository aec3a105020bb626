import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

STATIC_IV = b"0123456789abcdef"


def encrypt_profile(key, data):
    # ruleid: python.crypto.static-iv
    enc = Cipher(algorithms.AES(key), modes.CBC(b"\x00" * 16)).encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_profile_safe(key, data):
    iv = os.urandom(16)
    # ok: python.crypto.static-iv
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


def encrypt_token(key, data):
    # ruleid: python.crypto.static-iv
    cipher = AES.new(key, AES.MODE_CBC, STATIC_IV)
    return cipher.encrypt(data)


def encrypt_msg(key, data):
    # ruleid: python.crypto.static-iv
    cipher = AES.new(key, AES.MODE_GCM, nonce=b"fixednonce12")
    return cipher.encrypt_and_digest(data)


def encrypt_msg_safe(key, data):
    # ok: python.crypto.static-iv
    cipher = AES.new(key, AES.MODE_GCM)
    return cipher.nonce, cipher.encrypt_and_digest(data)


def encrypt_with_env_iv(key, data):
    # ok: python.crypto.static-iv
    enc = Cipher(algorithms.AES(key), modes.CTR(bytes.fromhex(os.environ["IV_HEX"]))).encryptor()
    return enc.update(data)


def encrypt_local_iv(key, data):
    iv = b"\x00" * 16
    # ruleid: python.crypto.static-iv
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(data)
