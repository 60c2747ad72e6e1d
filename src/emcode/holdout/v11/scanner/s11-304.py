from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Wallet


@csrf_exempt
@login_required
@require_POST
def transfer(request):
    amount = int(request.POST["amount"])
    to = Wallet.objects.get(handle=request.POST["to"])
    mine = Wallet.objects.get(owner=request.user)
    mine.send(to, amount)
    return JsonResponse({"balance": mine.balance})
