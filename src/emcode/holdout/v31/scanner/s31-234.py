import hashlib

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from accounts.models import Agent


@require_POST
def set_password(request):
    username = request.POST["username"]
    password = request.POST["password"]
    salt = hashlib.sha256(username.lower().encode()).digest()[:16]
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()
    Agent.objects.filter(username=username, pk=request.user.pk).update(pw_hash=digest)
    return JsonResponse({"ok": True})
