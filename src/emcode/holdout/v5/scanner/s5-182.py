from hashlib import md5 as digest
from django.http import JsonResponse
from .models import Pin

def set_pin(request):
    pin = request.POST["pin"]
    Pin.objects.update_or_create(user=request.user, defaults={"value": digest(pin.encode()).hexdigest()})
    return JsonResponse({"ok": True})
