from flask import Flask, abort, jsonify, session

app = Flask(__name__)


@app.before_request
def require_login():
    if "user_id" not in session:
        abort(401)


# ok: python.access-control.flask-missing-auth
@app.route("/admin/users")
def admin_users():
    return jsonify([])


# ok: python.access-control.flask-missing-auth
@app.delete("/notes/<int:note_id>")
def delete_note(note_id):
    return "", 204
