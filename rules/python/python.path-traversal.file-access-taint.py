import os
from pathlib import Path

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = Path(__file__).parent / "uploads"
BASE = "/srv/app/uploads"


@app.route("/files/<filename>")
def download(filename):
    # ruleid: python.path-traversal.file-access-taint
    with open(f"./uploads/{filename}", "rb") as fh:
        return fh.read()


@app.route("/v2/files/<filename>")
def download_safe(filename):
    path = (UPLOAD_DIR / secure_filename(filename)).resolve()
    if not path.is_relative_to(UPLOAD_DIR.resolve()):
        abort(404)
    # ok: python.path-traversal.file-access-taint
    with open(path, "rb") as fh:
        return fh.read()


@app.route("/report")
def report():
    name = request.args.get("name")
    # ruleid: python.path-traversal.file-access-taint
    return send_file(os.path.join(BASE, name))


@app.route("/v2/report")
def report_safe():
    name = request.args.get("name")
    # ok: python.path-traversal.file-access-taint
    return send_from_directory(BASE, name)


@app.route("/v3/report")
def report_checked():
    full = os.path.realpath(os.path.join(BASE, request.args["name"]))
    if not full.startswith(BASE + os.sep):
        abort(400)
    # ok: python.path-traversal.file-access-taint
    return send_file(full)


@app.post("/upload")
def upload():
    f = request.files["file"]
    # ruleid: python.path-traversal.file-access-taint
    f.save(os.path.join(BASE, f.filename))
    # ok: python.path-traversal.file-access-taint
    f.save(os.path.join(BASE, secure_filename(f.filename)))
    return "saved"


@app.delete("/files/<name>")
def delete(name):
    # ruleid: python.path-traversal.file-access-taint
    os.remove(os.path.join(BASE, name))
    return "", 204


def load_config():
    # ok: python.path-traversal.file-access-taint
    return Path("config.toml").read_text()
