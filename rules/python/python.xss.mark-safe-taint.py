import bleach
import markdown
from flask import Flask, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/bio")
def bio():
    text = request.args.get("bio", "")
    # ruleid: python.xss.mark-safe-taint
    html = Markup("<p>" + text + "</p>")
    # ok: python.xss.mark-safe-taint
    safe = Markup("<p>{}</p>").format(text)
    # ok: python.xss.mark-safe-taint
    also_safe = Markup("<p>" + escape(text) + "</p>")
    return render_template("bio.html", html=html, safe=safe, also_safe=also_safe)


@app.post("/preview")
def preview():
    body = request.form["body"]
    # ruleid: python.xss.mark-safe-taint
    rendered = markdown.markdown(body)
    # ok: python.xss.mark-safe-taint
    cleaned = bleach.clean(markdown.markdown(body), tags=["p", "em", "strong", "a"])
    return render_template("preview.html", rendered=Markup(cleaned), raw=rendered)


# Django
from django.shortcuts import render
from django.utils.html import format_html
from django.utils.safestring import mark_safe


def banner(request):
    msg = request.GET.get("msg", "")
    # ruleid: python.xss.mark-safe-taint
    content = mark_safe(f"<div class='banner'>{msg}</div>")
    # ok: python.xss.mark-safe-taint
    other = format_html("<div class='banner'>{}</div>", msg)
    # ok: python.xss.mark-safe-taint
    static = mark_safe("<hr>")
    return render(request, "banner.html", {"content": content, "other": other, "static": static})
