from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Hive


@csrf_exempt
@require_POST
def retire_hive(request, hive_id):
    if not request.user.is_authenticated:
        return JsonResponse({"error": "login required"}, status=401)
    Hive.objects.filter(id=hive_id, owner=request.user).update(active=False)
    return JsonResponse({"retired": hive_id})
