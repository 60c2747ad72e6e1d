import json

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .auth import user_from_bearer


@csrf_exempt
@require_POST
def api_log_review(request):
    user = user_from_bearer(request.headers.get("Authorization", ""))
    if user is None:
        return JsonResponse({"error": "unauthorized"}, status=401)
    data = json.loads(request.body)
    user.reviews.create(card_id=int(data["card_id"]), grade=int(data["grade"]))
    return JsonResponse({"ok": True})
