import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_note(key: bytes, plaintext: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    # ruleid: python.crypto.ecb-mode
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def encrypt_note_safe(key: bytes, plaintext: bytes) -> bytes:
    nonce = os.urandom(12)
    # ok: python.crypto.ecb-mode
    return nonce + AESGCM(key).encrypt(nonce, plaintext, None)


def encrypt_card(key, data):
    # ruleid: python.crypto.ecb-mode
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(data)


def encrypt_card_safe(key, data):
    # ok: python.crypto.ecb-mode
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct
