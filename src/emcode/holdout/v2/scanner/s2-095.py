import logging

from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger("auth")


@require_POST
def sign_in(request):
    user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
    if user is None:
        log.info("failed sign-in from %s", request.META.get("REMOTE_ADDR"))
        return JsonResponse({"ok": False}, status=401)
    login(request, user)
    log.info("user %d signed in", user.pk)
    return JsonResponse({"ok": True})
