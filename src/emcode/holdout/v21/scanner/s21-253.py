from django.contrib.auth.decorators import login_required
from django.views.decorators.http import require_POST
from django.http import JsonResponse
from django.db import transaction
from decimal import Decimal, InvalidOperation
from .models import Wallet


@login_required
@require_POST
def transfer(request):
    try:
        amount = Decimal(request.POST["amount"])
    except (KeyError, InvalidOperation):
        return JsonResponse({"error": "bad amount"}, status=400)
    if amount <= 0:
        return JsonResponse({"error": "bad amount"}, status=400)
    with transaction.atomic():
        target = Wallet.objects.select_for_update().get(owner__username=request.POST["to"])
        source = Wallet.objects.select_for_update().get(owner=request.user)
        source.move_to(target, amount)
    return JsonResponse({"ok": True})
