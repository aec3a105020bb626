from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

from .db import get_db

app = Flask(__name__)


# ruleid: python.access-control.flask-missing-auth
@app.route("/admin/users")
def admin_users():
    with get_db() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, name, email, is_admin FROM users")
        return jsonify(cur.fetchall())


# ok: python.access-control.flask-missing-auth
@app.route("/v2/admin/users")
@login_required
def admin_users_safe():
    if not current_user.is_admin:
        abort(403)
    with get_db() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, name, email, is_admin FROM users")
        return jsonify(cur.fetchall())


# ruleid: python.access-control.flask-missing-auth
@app.get("/internal/export")
@cache_for(60)
def export_all():
    return jsonify([])


# ruleid: python.access-control.flask-missing-auth
@app.route("/notes/<int:note_id>", methods=["GET", "DELETE"])
def delete_note(note_id):
    get_db().execute("DELETE FROM notes WHERE id = %s", (note_id,))
    return "", 204


# ok: python.access-control.flask-missing-auth
@app.route("/about")
def about():
    return "Team Notes"


# ok: python.access-control.flask-missing-auth
@app.post("/settings/profile")
def update_settings():
    if not current_user.is_authenticated:
        abort(401)
    return "saved"
