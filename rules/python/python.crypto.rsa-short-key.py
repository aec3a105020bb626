from Crypto.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import ec, rsa


def make_signing_key():
    # ruleid: python.crypto.rsa-short-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def make_signing_key_safe():
    # ok: python.crypto.rsa-short-key
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def legacy_key():
    # ruleid: python.crypto.rsa-short-key
    return RSA.generate(512)


def modern_key():
    # ok: python.crypto.rsa-short-key
    return RSA.generate(2048)


def ec_key():
    # ok: python.crypto.rsa-short-key
    return ec.generate_private_key(ec.SECP256R1())
