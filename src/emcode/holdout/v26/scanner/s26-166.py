from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.db import transaction

from .models import Wallet


@csrf_exempt
@login_required
def transfer_credit(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    amount = int(request.POST["amount"])
    to_user = request.POST["to"]
    with transaction.atomic():
        src = Wallet.objects.select_for_update().get(owner=request.user)
        dst = Wallet.objects.select_for_update().get(owner__username=to_user)
        src.balance -= amount
        dst.balance += amount
        src.save()
        dst.save()
    return JsonResponse({"ok": True})
