import hashlib

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Volunteer


@require_POST
def set_password(request):
    vol = Volunteer.objects.get(pk=request.session["volunteer_id"])
    pw = request.POST["password"]
    vol.pw_hash = hashlib.pbkdf2_hmac("sha256", pw.encode(), vol.username.encode(), 260000).hex()
    vol.save(update_fields=["pw_hash"])
    return JsonResponse({"ok": True})
