from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import escape, format_html


def greet(request):
    name = request.GET.get("name", "")
    # ruleid: python.xss.response-taint
    return HttpResponse("<p>Hello " + name + "</p>")


def greet_safe(request):
    name = request.GET.get("name", "")
    # ok: python.xss.response-taint
    return HttpResponse(format_html("<p>Hello {}</p>", name))


def comment(request, slug):
    # ruleid: python.xss.response-taint
    return HttpResponse(f"<article>{slug}</article>")


def comment_safe(request, slug):
    # ok: python.xss.response-taint
    return HttpResponse(f"<article>{escape(slug)}</article>")


def raw_text(request):
    # ok: python.xss.response-taint
    return HttpResponse(request.GET.get("q", ""), content_type="text/plain")


def page(request):
    # ok: python.xss.response-taint
    return render(request, "page.html", {"q": request.GET.get("q")})
