from django.contrib.auth.hashers import check_password, make_password
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Clerk


@require_POST
def set_pin(request):
    if not request.user.is_staff:
        return JsonResponse({"error": "forbidden"}, status=403)
    clerk = Clerk.objects.get(pk=request.POST["clerk_id"])
    pin = request.POST["pin"]
    if not pin.isdigit() or len(pin) < 6:
        return JsonResponse({"error": "PIN must be at least 6 digits"}, status=400)
    clerk.pin_hash = make_password(pin)
    clerk.save(update_fields=["pin_hash"])
    return JsonResponse({"ok": True})


@require_POST
def check_pin(request):
    clerk = Clerk.objects.get(pk=request.POST["clerk_id"])
    return JsonResponse({"valid": check_password(request.POST.get("pin", ""), clerk.pin_hash)})
