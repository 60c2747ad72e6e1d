import hashlib

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Adjuster

SALT = b"claims-portal"


@require_POST
def set_password(request):
    adj = Adjuster.objects.get(pk=request.user.pk)
    adj.pw_hash = hashlib.pbkdf2_hmac("sha256", request.POST["password"].encode(), SALT, 310000).hex()
    adj.save(update_fields=["pw_hash"])
    return JsonResponse({"ok": True})
