from django.views.decorators.csrf import csrf_exempt
from django.http import JsonResponse
from .models import Account

@csrf_exempt
def transfer(request):
    if request.method == "POST":
        src = Account.objects.get(owner=request.user)
        src.send(request.POST["to"], int(request.POST["amount"]))
    return JsonResponse({"ok": True})
