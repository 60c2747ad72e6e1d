import json

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import Lot


@login_required
@require_POST
def import_lots(request):
    try:
        payload = json.loads(request.body)
        lots = payload["lots"]
    except (ValueError, KeyError, TypeError):
        return HttpResponseBadRequest("expected JSON with a 'lots' list")
    created = 0
    with transaction.atomic():
        for item in lots:
            Lot.objects.create(title=str(item["title"])[:200], reserve=int(item.get("reserve", 0)), owner=request.user)
            created += 1
    return JsonResponse({"created": created})
