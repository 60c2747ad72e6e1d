from django.contrib.auth.hashers import check_password
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import KioskUser


@require_POST
def kiosk_login(request):
    user = KioskUser.objects.filter(badge=request.POST.get("badge", "")).first()
    if user is None or not check_password(request.POST.get("pin", ""), user.pin_hash):
        return JsonResponse({"ok": False}, status=401)
    request.session["kiosk_user"] = user.pk
    return JsonResponse({"ok": True})
