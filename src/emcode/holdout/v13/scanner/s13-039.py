from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.contrib.auth.decorators import login_required
from .models import Wallet

@csrf_exempt
@login_required
def transfer(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    amount = int(request.POST["amount"])
    target = Wallet.objects.get(owner__username=request.POST["to"])
    src = Wallet.objects.get(owner=request.user)
    src.move_to(target, amount)
    return JsonResponse({"ok": True})
