from urllib.parse import urlparse
from urllib.request import urlopen

import httpx
import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ALLOWED_HOSTS = {"images.example.com"}


@app.route("/preview")
def preview():
    url = request.args.get("url")
    # ruleid: python.ssrf.request-url-taint
    resp = requests.get(url, timeout=5)
    return jsonify(status=resp.status_code, length=len(resp.content))


@app.route("/avatar/<user>")
def avatar(user):
    # ruleid: python.ssrf.request-url-taint
    data = urlopen("http://" + user + ".avatars.example/img.png").read()
    # ok: python.ssrf.request-url-taint
    meta = requests.get("https://api.example.com/users", params={"name": user}, timeout=5)
    return data + meta.content


@app.post("/webhook/test")
def webhook_test():
    target = request.json["callback"]
    with httpx.Client(timeout=5) as client:
        # ruleid: python.ssrf.request-url-taint
        r = client.post(target, json={"ping": True})
    # ok: python.ssrf.request-url-taint
    cfg = request.args.get("mode", "default")
    return jsonify(code=r.status_code, mode=cfg)


@app.get("/ops")
def ops():
    table = {"a": 1}
    # ok: python.ssrf.request-url-taint
    value = table.get(request.args["op"])
    # ok: python.ssrf.request-url-taint
    health = requests.get("https://status.example.com/health", timeout=5)
    return jsonify(value=value, up=health.ok)
