import secrets
from django.contrib.auth import authenticate
from django.http import JsonResponse
from .models import ApiToken


def token_login(request):
    user = authenticate(request, username=request.POST.get("u"), password=request.POST.get("p"))
    if user is None:
        return JsonResponse({"ok": False}, status=401)
    tok = ApiToken.objects.create(user=user, key=secrets.token_hex(20))
    resp = JsonResponse({"ok": True})
    resp.set_cookie("auth_token", tok.key, max_age=7 * 24 * 3600)
    return resp
