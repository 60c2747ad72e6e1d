import logging
from django.contrib.auth import authenticate
from django.http import JsonResponse

log = logging.getLogger("auth")


def api_login(request):
    username = request.POST.get("username", "")
    user = authenticate(request, username=username, password=request.POST.get("password", ""))
    if user is None:
        line = "Failed login for %s" % username
        log.warning(line)
        return JsonResponse({"ok": False}, status=401)
    return JsonResponse({"ok": True})
