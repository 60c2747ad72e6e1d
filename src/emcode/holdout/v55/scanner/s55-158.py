from django.http import JsonResponse
from django.contrib.auth.decorators import login_required
from django.views.decorators.http import require_POST


@login_required
@require_POST
def transfer_bottles(request):
    cellar = request.user.cellar
    try:
        qty = int(request.POST["qty"])
    except (KeyError, ValueError):
        return JsonResponse({"error": "qty required"}, status=400)
    cellar.transfer(request.POST["wine_id"], qty, request.POST["to"])
    return JsonResponse({"ok": True})
