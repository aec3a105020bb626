from flask import Flask, abort, jsonify, session

app = Flask(__name__)


@app.before_request
def require_login():
    if "user_id" not in session:
        abort(401)


@app.route("/admin/users")
# ok: python.access-control.flask-missing-auth
def admin_users():
    return jsonify([])


@app.delete("/notes/<int:note_id>")
# ok: python.access-control.flask-missing-auth
def delete_note(note_id):
    return "", 204
