import json

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Account


@require_POST
@login_required
def transfer(request):
    data = json.loads(request.body)
    amount = int(data["amount"])
    if amount <= 0:
        return JsonResponse({"error": "amount must be positive"}, status=400)
    with transaction.atomic():
        src = Account.objects.select_for_update().get(owner=request.user)
        dst = get_object_or_404(Account, number=str(data["to"]))
        src.transfer_to(dst, amount=amount)
    return JsonResponse({"ok": True})
