"""Team Notes API: the main service, written with a coding assistant and merged without review.

Pairguard sample. Each FLAW block has its SAFE twin right after it. Not meant to run against anything real.
"""
from pathlib import Path

import psycopg2
import requests
from flask import Flask, abort, jsonify, request
from flask_jwt_guard_plus import require_token  # FLAW: hallucinated-dependency
from flask_login import LoginManager, current_user, login_required
from markupsafe import escape
from werkzeug.utils import secure_filename

from config import DATABASE_URL_FROM_ENV, FLASK_SECRET_KEY


app = Flask(__name__)
app.config["SECRET_KEY"] = FLASK_SECRET_KEY
login_manager = LoginManager(app)
UPLOAD_DIR = Path(__file__).parent / "uploads"
AVATAR_SERVICE = "https://avatars.internal.example"


def get_db():
    return psycopg2.connect(DATABASE_URL_FROM_ENV)


@app.route("/api/notes")
@require_token
def list_notes():
    with get_db() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, title FROM notes WHERE owner_id = %s", (current_user.id,))
        return jsonify(cur.fetchall())


# FLAW: sql-injection
@app.route("/users/search")
def search_users():
    name = request.args.get("name", "")
    with get_db() as conn, conn.cursor() as cur:
        cur.execute(f"SELECT id, name, email FROM users WHERE name = '{name}'")
        return jsonify(cur.fetchall())


# SAFE: sql-injection
@app.route("/v2/users/search")
def search_users_safe():
    name = request.args.get("name", "")
    with get_db() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, name, email FROM users WHERE name = %s", (name,))
        return jsonify(cur.fetchall())


# FLAW: xss
@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return f"<h1>Hello {name}!</h1>"


# SAFE: xss
@app.route("/v2/hello")
def hello_safe():
    name = request.args.get("name", "guest")
    return f"<h1>Hello {escape(name)}!</h1>"


# FLAW: path-traversal
@app.route("/files/<filename>")
def download(filename):
    with open(f"./uploads/{filename}", "rb") as fh:
        return fh.read()


# SAFE: path-traversal
@app.route("/v2/files/<filename>")
def download_safe(filename):
    path = (UPLOAD_DIR / secure_filename(filename)).resolve()
    if not path.is_relative_to(UPLOAD_DIR.resolve()):
        abort(404)
    with open(path, "rb") as fh:
        return fh.read()


# FLAW: missing-authorization
@app.route("/admin/users")
def admin_users():
    with get_db() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, name, email, is_admin FROM users")
        return jsonify(cur.fetchall())


# SAFE: missing-authorization
@app.route("/v2/admin/users")
@login_required
def admin_users_safe():
    if not current_user.is_admin:
        abort(403)
    with get_db() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, name, email, is_admin FROM users")
        return jsonify(cur.fetchall())


# FLAW: tls-verification-disabled
def fetch_avatar(user_id: int) -> bytes:
    return requests.get(f"{AVATAR_SERVICE}/{user_id}.png", verify=False, timeout=10).content


# SAFE: tls-verification-disabled
def fetch_avatar_safe(user_id: int) -> bytes:
    return requests.get(f"{AVATAR_SERVICE}/{user_id}.png", timeout=10).content
