import json
import logging

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Bag

logger = logging.getLogger(__name__)


@require_POST
def mark_loaded(request):
    try:
        payload = json.loads(request.body)
        bag = Bag.objects.get(tag=payload["tag"])
    except (ValueError, KeyError):
        return JsonResponse({"error": "bad request"}, status=400)
    except Bag.DoesNotExist:
        return JsonResponse({"error": "unknown bag"}, status=404)
    try:
        bag.mark_loaded(request.user)
    except Exception:
        logger.exception("mark_loaded failed for bag id %s", bag.pk)
        return JsonResponse({"error": "could not update bag"}, status=500)
    return JsonResponse({"tag": bag.tag, "status": bag.status})
