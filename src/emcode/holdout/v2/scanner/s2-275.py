from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Account


@csrf_exempt
@require_POST
def transfer(request):
    source = Account.objects.get(owner=request.user)
    source.move_to(request.POST["to"], int(request.POST["amount"]))
    return JsonResponse({"ok": True})
