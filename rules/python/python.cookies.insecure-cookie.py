from flask import Flask, make_response

app = Flask(__name__)
# ruleid: python.cookies.insecure-cookie
app.config["SESSION_COOKIE_SECURE"] = False
# ok: python.cookies.insecure-cookie
app.config["SESSION_COOKIE_SAMESITE"] = "Lax"


@app.route("/login", methods=["POST"])
def login():
    resp = make_response("ok")
    # ruleid: python.cookies.insecure-cookie
    resp.set_cookie("session_token", "abc")
    # ruleid: python.cookies.insecure-cookie
    resp.set_cookie("remember", "1", secure=True)
    # ok: python.cookies.insecure-cookie
    resp.set_cookie("session_token", "abc", secure=True, httponly=True, samesite="Lax")
    return resp
