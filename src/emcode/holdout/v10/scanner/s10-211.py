from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .models import Account


@login_required
@require_POST
def transfer(request):
    src = Account.objects.get(owner=request.user)
    dst = Account.objects.get(number=request.POST["to"])
    amount = int(request.POST["amount"])
    if amount <= 0:
        return JsonResponse({"error": "amount must be positive"}, status=400)
    src.move_to(dst, amount)
    return JsonResponse({"ok": True})
