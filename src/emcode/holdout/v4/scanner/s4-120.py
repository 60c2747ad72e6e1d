from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .models import Account


@login_required
@require_POST
def transfer(request):
    src = Account.objects.get(owner=request.user)
    try:
        amount = int(request.POST["amount"])
    except (KeyError, ValueError):
        return JsonResponse({"error": "bad amount"}, status=400)
    src.transfer_to(request.POST.get("to", ""), amount)
    return JsonResponse({"ok": True})
