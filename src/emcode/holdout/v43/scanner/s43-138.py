from django.contrib.auth.hashers import make_password
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from django.contrib.auth.decorators import login_required

from .models import Translator


@login_required
@require_POST
def set_password(request):
    password = request.POST["password"]
    t = Translator.objects.get(user=request.user)
    t.password_hash = make_password(password)
    t.save(update_fields=["password_hash"])
    return JsonResponse({"ok": True})
