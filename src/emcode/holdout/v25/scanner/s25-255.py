from django.views.decorators.csrf import csrf_exempt
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from .models import Pledge


@csrf_exempt
@login_required
def pledge(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    amount = int(request.POST.get("amount", "0"))
    if amount <= 0:
        return JsonResponse({"error": "amount"}, status=400)
    Pledge.objects.create(user=request.user, amount=amount)
    return JsonResponse({"ok": True})
