from django.contrib.auth.decorators import login_required, permission_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from rest_framework import generics
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny, IsAdminUser

from .models import Note, User
from .serializers import UserSerializer


# ruleid: python.access-control.django-missing-auth
def delete_note(request, note_id):
    get_object_or_404(Note, pk=note_id).delete()
    return JsonResponse({"deleted": note_id})


@login_required
@permission_required("notes.delete_note", raise_exception=True)
# ok: python.access-control.django-missing-auth
def delete_note_safe(request, note_id):
    get_object_or_404(Note, pk=note_id).delete()
    return JsonResponse({"deleted": note_id})


# ok: python.access-control.django-missing-auth
def note_detail(request, note_id):
    return JsonResponse({"id": note_id})


class AdminUserList(generics.ListAPIView):
    queryset = User.objects.all()
    serializer_class = UserSerializer
    # ruleid: python.access-control.django-missing-auth
    permission_classes = [AllowAny]


class AdminUserListSafe(generics.ListAPIView):
    queryset = User.objects.all()
    serializer_class = UserSerializer
    # ok: python.access-control.django-missing-auth
    permission_classes = [IsAdminUser]


@api_view(["POST"])
@permission_classes([AllowAny])
# ruleid: python.access-control.django-missing-auth
def export_users(request):
    return JsonResponse({"users": list(User.objects.values("email"))})
