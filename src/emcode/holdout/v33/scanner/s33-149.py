import hashlib

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Learner


@require_POST
def register(request):
    username = request.POST["username"]
    password = request.POST["password"]
    salt = username.lower().encode()
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310_000).hex()
    Learner.objects.create(username=username, password_hash=digest)
    return JsonResponse({"ok": True})
