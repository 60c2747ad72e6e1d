from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST

from .models import Wallet


@login_required
@require_POST
@csrf_protect
def transfer(request):
    try:
        amount = int(request.POST["amount"])
    except (KeyError, ValueError):
        return JsonResponse({"error": "bad amount"}, status=400)
    to = Wallet.objects.get(handle=request.POST.get("to", ""))
    mine = Wallet.objects.get(owner=request.user)
    mine.send(to, amount)
    return JsonResponse({"balance": mine.balance})
