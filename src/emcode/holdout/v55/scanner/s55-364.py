from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.contrib.auth.decorators import login_required


@csrf_exempt
@login_required
def transfer_bottles(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    cellar = request.user.cellar
    qty = int(request.POST["qty"])
    to_user = request.POST["to"]
    cellar.transfer(request.POST["wine_id"], qty, to_user)
    return JsonResponse({"ok": True})
