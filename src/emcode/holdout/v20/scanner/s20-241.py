from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Account


@csrf_exempt
def transfer(request):
    src = Account.objects.get(owner=request.user)
    dst = Account.objects.get(number=request.POST["to"])
    amount = int(request.POST["amount"])
    src.balance -= amount
    dst.balance += amount
    src.save()
    dst.save()
    return JsonResponse({"ok": True})
