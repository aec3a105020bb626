from flask import Flask, jsonify, make_response, render_template, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # ruleid: python.xss.response-taint
    return f"<h1>Hello {name}!</h1>"


@app.route("/v2/hello")
def hello_safe():
    name = request.args.get("name", "guest")
    # ok: python.xss.response-taint
    return f"<h1>Hello {escape(name)}!</h1>"


@app.get("/search")
def search():
    q = request.args["q"]
    html = "<p>No results for " + q + "</p>"
    # ruleid: python.xss.response-taint
    return make_response(html, 404)


@app.get("/v2/search")
def search_safe():
    q = request.args["q"]
    # ok: python.xss.response-taint
    return render_template("search.html", q=q)


@app.get("/api/echo")
def echo():
    # ok: python.xss.response-taint
    return jsonify(value=request.args.get("v"))


@app.get("/api/echo2")
def echo2():
    # ok: python.xss.response-taint
    return {"value": request.args.get("v")}


@app.route("/profile/<username>")
def profile(username):
    # ruleid: python.xss.response-taint
    return "<h2>" + username + "</h2>", 200
