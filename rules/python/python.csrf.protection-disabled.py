from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect


@csrf_exempt
@login_required
# ruleid: python.csrf.protection-disabled
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


@csrf_protect
@login_required
# ok: python.csrf.protection-disabled
def change_email_safe(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


# Flask-WTF
from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
# ruleid: python.csrf.protection-disabled
app.config["WTF_CSRF_ENABLED"] = False
# ok: python.csrf.protection-disabled
app.config["WTF_CSRF_TIME_LIMIT"] = 3600
csrf = CSRFProtect(app)


@app.route("/api/transfer", methods=["POST"])
@csrf.exempt
# ruleid: python.csrf.protection-disabled
def transfer():
    return "ok"
