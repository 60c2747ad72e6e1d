from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Wallet


@csrf_exempt
@login_required
def transfer(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    to_user = request.POST["to"]
    amount = int(request.POST["amount"])
    Wallet.objects.get(owner=request.user).send(to_user, amount)
    return JsonResponse({"sent": amount})
