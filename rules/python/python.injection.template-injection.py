from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, Template

app = Flask(__name__)
env = Environment(autoescape=True)


@app.route("/greet")
def greet():
    name = request.args.get("name", "world")
    # ruleid: python.injection.template-injection
    return render_template_string(f"<h1>Hello {name}!</h1>")


@app.route("/v2/greet")
def greet_safe():
    name = request.args.get("name", "world")
    # ok: python.injection.template-injection
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=name)


@app.route("/preview", methods=["POST"])
def preview():
    body = request.form["template"]
    # ruleid: python.injection.template-injection
    html = Template(body).render(user="demo")
    # ruleid: python.injection.template-injection
    html += env.from_string("<div>" + body + "</div>").render()
    # ok: python.injection.template-injection
    html += render_template("preview.html", body=body)
    return html
