from django.contrib.auth.decorators import login_required
from django.contrib.auth.hashers import make_password
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Volunteer


@login_required
@require_POST
def set_pin(request):
    vol = Volunteer.objects.get(user=request.user)
    vol.pin_hash = make_password(request.POST["pin"])
    vol.save(update_fields=["pin_hash"])
    return JsonResponse({"ok": True})
