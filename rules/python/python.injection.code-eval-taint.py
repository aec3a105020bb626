import ast
import json
import operator

from flask import Flask, jsonify, request

app = Flask(__name__)
OPS = {"add": operator.add, "sub": operator.sub}


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "1+1")
    # ruleid: python.injection.code-eval-taint
    result = eval(expr)
    a = int(request.args.get("a", "0"))
    b = int(request.args.get("b", "0"))
    # ok: python.injection.code-eval-taint
    other = eval(f"{a} + {b}")
    return jsonify(result=result, other=other)


@app.route("/settings", methods=["POST"])
def settings():
    raw = request.form["value"]
    # ok: python.injection.code-eval-taint
    value = ast.literal_eval(raw)
    # ruleid: python.injection.code-eval-taint
    exec("config_value = " + raw)
    op = OPS[request.form["op"]]
    return jsonify(value=value, result=op(1, 2))


def run_plugin(name):
    # ruleid: python.injection.code-eval-taint
    module = __import__(name)
    return module


@app.post("/plugins")
def plugins():
    run_plugin(request.json["plugin"])
    # ok: python.injection.code-eval-taint
    rules = eval(compile("[1, 2, 3]", "<rules>", "eval"))
    return json.dumps(rules)


if __name__ == "__main__":
    line = input("> ")
    # ruleid: python.injection.code-eval-taint
    print(eval(line))
