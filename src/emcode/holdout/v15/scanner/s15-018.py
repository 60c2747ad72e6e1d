from django.contrib.auth.hashers import make_password
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Member


@require_POST
def signup(request):
    email = request.POST["email"].strip().lower()
    if Member.objects.filter(email=email).exists():
        return JsonResponse({"error": "exists"}, status=409)
    Member.objects.create(email=email, password=make_password(request.POST["password"]))
    return JsonResponse({"ok": True}, status=201)
