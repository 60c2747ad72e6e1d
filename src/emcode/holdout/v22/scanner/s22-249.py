import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Account


@csrf_exempt
@login_required
def transfer(request):
    data = json.loads(request.body)
    src = Account.objects.get(owner=request.user)
    dst = Account.objects.get(number=data["to"])
    src.transfer_to(dst, amount=int(data["amount"]))
    return JsonResponse({"ok": True})
