from django.views.decorators.csrf import csrf_exempt
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from .models import Account


@csrf_exempt
@login_required
def transfer(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    src = Account.objects.get(owner=request.user)
    src.transfer_to(request.POST["to"], int(request.POST["amount"]))
    return JsonResponse({"ok": True})
