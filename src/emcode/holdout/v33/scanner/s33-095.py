from django.contrib.auth.hashers import make_password
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Learner


@require_POST
def register(request):
    username = request.POST["username"]
    password = request.POST["password"]
    if Learner.objects.filter(username=username).exists():
        return JsonResponse({"ok": False, "error": "taken"}, status=409)
    Learner.objects.create(username=username, password_hash=make_password(password))
    return JsonResponse({"ok": True})
