from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

from .db import get_db

app = Flask(__name__)


@app.route("/admin/users")
# ruleid: python.access-control.flask-missing-auth
def admin_users():
    with get_db() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, name, email, is_admin FROM users")
        return jsonify(cur.fetchall())


@app.route("/v2/admin/users")
@login_required
# ok: python.access-control.flask-missing-auth
def admin_users_safe():
    if not current_user.is_admin:
        abort(403)
    with get_db() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, name, email, is_admin FROM users")
        return jsonify(cur.fetchall())


@app.get("/internal/export")
@cache_for(60)
# ruleid: python.access-control.flask-missing-auth
def export_all():
    return jsonify([])


@app.route("/notes/<int:note_id>", methods=["GET", "DELETE"])
# ruleid: python.access-control.flask-missing-auth
def delete_note(note_id):
    get_db().execute("DELETE FROM notes WHERE id = %s", (note_id,))
    return "", 204


@app.route("/about")
# ok: python.access-control.flask-missing-auth
def about():
    return "Team Notes"


@app.post("/settings/profile")
# ok: python.access-control.flask-missing-auth
def update_settings():
    if not current_user.is_authenticated:
        abort(401)
    return "saved"
