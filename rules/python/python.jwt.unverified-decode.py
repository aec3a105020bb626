import os

import jwt
from flask import Flask, abort, request

app = Flask(__name__)
SECRET_KEY = os.environ["JWT_SECRET"]


def current_user_id():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    # ruleid: python.jwt.unverified-decode
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]


def current_user_id_safe():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        # ok: python.jwt.unverified-decode
        claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        abort(401)
    return claims["sub"]


def legacy_decode(token):
    # ruleid: python.jwt.unverified-decode
    return jwt.decode(token, SECRET_KEY)


def weak_alg(token):
    # ruleid: python.jwt.unverified-decode
    return jwt.decode(token, SECRET_KEY, algorithms=["HS256", "none"])


def issue(user_id):
    # ok: python.jwt.unverified-decode
    return jwt.encode({"sub": user_id}, SECRET_KEY, algorithm="HS256")
