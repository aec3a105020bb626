import base64
import json
import pickle

import torch
from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    blob = base64.b64decode(request.form["state"])
    # ruleid: python.deserialization.pickle
    state = pickle.loads(blob)
    return {"keys": list(state)}


@app.route("/v2/restore", methods=["POST"])
def restore_safe():
    # ok: python.deserialization.pickle
    state = json.loads(request.form["state"])
    return {"keys": list(state)}


def load_cache(path):
    with open(path, "rb") as fh:
        # ruleid: python.deserialization.pickle
        return pickle.load(fh)


def load_model(path):
    # ruleid: python.deserialization.pickle
    return torch.load(path)


def load_model_safe(path):
    # ok: python.deserialization.pickle
    return torch.load(path, weights_only=True)


def roundtrip(obj):
    # ok: python.deserialization.pickle
    return pickle.loads(pickle.dumps(obj))
