import hashlib
import hmac

from django.contrib.auth.models import User
from django.http import JsonResponse
from django.views.decorators.http import require_POST


def derive(username, password):
    salt = ("cellar:" + username.lower()).encode()
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 260_000).hex()


@require_POST
def set_cellar_pin(request):
    user = request.user
    pin = request.POST["pin"]
    profile = user.cellarprofile
    profile.pin_hash = derive(user.username, pin)
    profile.save()
    return JsonResponse({"ok": True})
