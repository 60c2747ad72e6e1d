from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Wallet


@login_required
@require_POST
def transfer(request):
    to_user = request.POST["to"]
    try:
        amount = int(request.POST["amount"])
    except ValueError:
        return JsonResponse({"error": "amount must be an integer"}, status=400)
    if amount <= 0:
        return JsonResponse({"error": "amount must be positive"}, status=400)
    Wallet.objects.get(owner=request.user).send(to_user, amount)
    return JsonResponse({"sent": amount})
