import logging

from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST

security_log = logging.getLogger("security")


@require_POST
def api_login(request):
    username = request.POST.get("username", "")
    user = authenticate(request, username=username, password=request.POST.get("password", ""))
    if user is None:
        security_log.warning("login failed user=%s ua=%s", username, request.META.get("HTTP_USER_AGENT", ""))
        return JsonResponse({"ok": False}, status=401)
    login(request, user)
    return JsonResponse({"ok": True})
