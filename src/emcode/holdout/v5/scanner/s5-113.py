from django.contrib.auth.decorators import login_required
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST
from django.http import JsonResponse
from .models import Account

@login_required
@require_POST
@csrf_protect
def transfer(request):
    src = Account.objects.get(owner=request.user)
    src.send(request.POST["to"], int(request.POST["amount"]))
    return JsonResponse({"ok": True})
