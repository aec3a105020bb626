import os
import shlex
import subprocess
import sys

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    # ruleid: python.injection.command-taint
    output = os.popen(f"ping -c 1 {host}").read()
    # ok: python.injection.command-taint
    safe = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True, check=False)
    return jsonify(output=output, safe=safe.stdout)


@app.route("/convert", methods=["POST"])
def convert():
    name = request.form["file"]
    # ruleid: python.injection.command-taint
    subprocess.run("convert uploads/" + name + " out.png", shell=True, check=True)
    # ok: python.injection.command-taint
    subprocess.run("convert uploads/" + shlex.quote(name) + " out.png", shell=True, check=True)
    # ok: python.injection.command-taint
    subprocess.run("convert uploads/in.png out.png", shell=True, check=True)
    return "done"


def archive(path):
    # ruleid: python.injection.command-taint
    os.system("tar czf backup.tgz " + path)


@app.post("/backup")
def backup():
    archive(request.json["path"])
    tool = request.json["tool"]
    # ruleid: python.injection.command-taint
    subprocess.Popen([tool, "--version"])
    # ruleid: python.injection.command-taint
    subprocess.check_output(["bash", "-c", "du -sh " + request.json["dir"]])
    return "ok"


if __name__ == "__main__":
    target = input("host: ")
    # ruleid: python.injection.command-taint
    os.system("nslookup " + target)
    # ok: python.injection.command-taint
    os.system("uptime")
    # ok: python.injection.command-taint
    subprocess.call(["nslookup", sys.argv[1]])
