import hashlib

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Volunteer


@require_POST
def set_password(request):
    user = request.user.username
    raw = request.POST["password"]
    salt = user.lower().encode()
    hashed = hashlib.scrypt(raw.encode(), salt=salt, n=2**14, r=8, p=1).hex()
    Volunteer.objects.filter(username=user).update(pw_hash=hashed)
    return JsonResponse({"ok": True})
