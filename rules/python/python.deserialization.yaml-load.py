import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_config():
    # ruleid: python.deserialization.yaml-load
    cfg = yaml.load(request.data)
    # ok: python.deserialization.yaml-load
    safe = yaml.safe_load(request.data)
    return {"cfg": str(cfg), "safe": str(safe)}


def read_settings(path):
    with open(path) as fh:
        # ruleid: python.deserialization.yaml-load
        return yaml.load(fh, Loader=yaml.FullLoader)


def read_settings_safe(path):
    with open(path) as fh:
        # ok: python.deserialization.yaml-load
        return yaml.load(fh, Loader=yaml.SafeLoader)


def read_all(text):
    # ruleid: python.deserialization.yaml-load
    return list(yaml.unsafe_load_all(text))
