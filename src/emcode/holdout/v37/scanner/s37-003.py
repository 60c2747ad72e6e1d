from django.contrib.auth.hashers import make_password
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Adjuster


@require_POST
def set_password(request):
    adj = Adjuster.objects.get(pk=request.user.pk)
    adj.pw_hash = make_password(request.POST["password"])
    adj.save(update_fields=["pw_hash"])
    return JsonResponse({"ok": True})
