from django.views.decorators.csrf import csrf_exempt
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from decimal import Decimal
from .models import Wallet


@csrf_exempt
@login_required
def transfer(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    amount = Decimal(request.POST["amount"])
    target = Wallet.objects.get(owner__username=request.POST["to"])
    source = Wallet.objects.get(owner=request.user)
    source.move_to(target, amount)
    return JsonResponse({"ok": True})
