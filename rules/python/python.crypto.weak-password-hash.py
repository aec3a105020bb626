import hashlib

import bcrypt
from argon2 import PasswordHasher


def hash_password(password: str) -> str:
    # ruleid: python.crypto.weak-password-hash
    return hashlib.md5(password.encode()).hexdigest()


def hash_password_safe(password: str) -> bytes:
    # ok: python.crypto.weak-password-hash
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())


def register(user, form):
    salt = "s3"
    # ruleid: python.crypto.weak-password-hash
    user.password_hash = hashlib.sha256((salt + form.password).encode("utf-8")).hexdigest()
    # ok: python.crypto.weak-password-hash
    user.avatar_etag = hashlib.md5(form.avatar_bytes).hexdigest()
    # ok: python.crypto.weak-password-hash
    user.argon = PasswordHasher().hash(form.password)


def check(stored, pwd):
    # ruleid: python.crypto.weak-password-hash
    return hashlib.new("sha1", pwd.encode()).hexdigest() == stored


def file_digest(path):
    # ok: python.crypto.weak-password-hash
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def legacy_hash(password):
    h = hashlib.sha1()
    # ruleid: python.crypto.weak-password-hash
    h.update(password.encode())
    return h.hexdigest()
