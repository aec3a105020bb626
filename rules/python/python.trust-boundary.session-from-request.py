from flask import Flask, abort, redirect, request, session

from .models import User

app = Flask(__name__)
ROLES = {"viewer", "editor"}


@app.post("/login")
def login():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is None or not user.check_password(request.form["password"]):
        abort(401)
    # ok: python.trust-boundary.session-from-request
    session["user_id"] = user.id
    # ruleid: python.trust-boundary.session-from-request
    session["role"] = request.form.get("role", "viewer")
    return redirect("/")


@app.get("/prefs")
def prefs():
    # ruleid: python.trust-boundary.session-from-request
    session["theme"] = request.args["theme"]
    # ok: python.trust-boundary.session-from-request
    session["page_size"] = int(request.args.get("size", "20"))
    return "ok"


# Django
def switch_account(request):
    # ruleid: python.trust-boundary.session-from-request
    request.session["account_id"] = request.POST["account_id"]
    return redirect("/")
