from urllib.parse import urlparse

from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    next_url = request.args.get("next", "/")
    # ruleid: python.open-redirect.redirect-taint
    return redirect(next_url)


@app.route("/v2/login", methods=["POST"])
def login_safe():
    next_url = request.args.get("next", "/")
    parsed = urlparse(next_url)
    if parsed.netloc or parsed.scheme or not next_url.startswith("/"):
        next_url = url_for("index")
    # ok: python.open-redirect.redirect-taint
    return redirect(next_url)


@app.route("/out")
def out():
    # ruleid: python.open-redirect.redirect-taint
    return redirect("https://" + request.args["host"] + "/landing")


@app.route("/home")
def home():
    # ok: python.open-redirect.redirect-taint
    return redirect(url_for("index", tab=request.args.get("tab")))


# Django
from django.http import HttpResponseRedirect
from django.shortcuts import redirect as dj_redirect
from django.utils.http import url_has_allowed_host_and_scheme


def logout_view(request):
    target = request.GET.get("return_to", "/")
    # ruleid: python.open-redirect.redirect-taint
    return HttpResponseRedirect(target)


def logout_view_safe(request):
    target = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = "/"
    # ok: python.open-redirect.redirect-taint
    return HttpResponseRedirect(target)
