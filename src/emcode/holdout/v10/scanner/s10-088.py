from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.contrib.auth.decorators import login_required
from .models import Account


@csrf_exempt
@login_required
def transfer(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    src = Account.objects.get(owner=request.user)
    dst = Account.objects.get(number=request.POST["to"])
    amount = int(request.POST["amount"])
    src.move_to(dst, amount)
    return JsonResponse({"ok": True})
