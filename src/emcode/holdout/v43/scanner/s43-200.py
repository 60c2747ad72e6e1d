import hashlib

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Translator


@require_POST
def set_password(request):
    username = request.POST["username"]
    password = request.POST["password"]
    salt = username.lower()[::-1]
    t = Translator.objects.get(username=username)
    t.password_hash = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 100_000).hex()
    t.save(update_fields=["password_hash"])
    return JsonResponse({"ok": True})
