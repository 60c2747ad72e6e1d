from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from fleet.models import FuelCard


@login_required
@require_POST
def raise_limit(request, card_id):
    card = get_object_or_404(FuelCard, pk=card_id, company=request.user.company)
    try:
        card.daily_limit = int(request.POST["limit"])
    except (KeyError, ValueError):
        return JsonResponse({"error": "limit must be an integer"}, status=400)
    card.save(update_fields=["daily_limit"])
    return JsonResponse({"card": card.pk, "limit": card.daily_limit})
