import logging
from django.contrib.auth import authenticate, login
from django.http import JsonResponse

logger = logging.getLogger(__name__)


def api_login(request):
    username = request.POST.get("username")
    password = request.POST.get("password")
    logger.info("login attempt user=%s password=%s", username, password)
    user = authenticate(request, username=username, password=password)
    if user is None:
        return JsonResponse({"ok": False}, status=401)
    login(request, user)
    return JsonResponse({"ok": True})
