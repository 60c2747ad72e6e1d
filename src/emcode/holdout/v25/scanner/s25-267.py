import logging
from django.contrib.auth import authenticate, login
from django.http import JsonResponse

logger = logging.getLogger(__name__)


def api_login(request):
    username = request.POST.get("username", "")
    logger.info("login attempt user=%r", username)
    user = authenticate(request, username=username, password=request.POST.get("password"))
    if user is None:
        return JsonResponse({"ok": False}, status=401)
    login(request, user)
    return JsonResponse({"ok": True})
