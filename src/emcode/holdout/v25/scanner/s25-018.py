from django.contrib.auth.decorators import login_required
from django.views.decorators.http import require_POST
from django.http import JsonResponse
from .models import Pledge


@require_POST
@login_required
def pledge(request):
    try:
        amount = int(request.POST.get("amount", "0"))
    except ValueError:
        return JsonResponse({"error": "amount"}, status=400)
    if amount <= 0:
        return JsonResponse({"error": "amount"}, status=400)
    Pledge.objects.create(user=request.user, amount=amount)
    return JsonResponse({"ok": True})
