# settings.py and a view in one project: LoginRequiredMiddleware (Django 5.1+) protects every view
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Note

MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
]


# ok: python.access-control.django-missing-auth
def delete_note(request, note_id):
    get_object_or_404(Note, pk=note_id).delete()
    return JsonResponse({"deleted": note_id})
