from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from fleet.models import FuelCard


@csrf_exempt
@login_required
@require_POST
def raise_limit(request, card_id):
    card = FuelCard.objects.get(pk=card_id, company=request.user.company)
    card.daily_limit = int(request.POST["limit"])
    card.save(update_fields=["daily_limit"])
    return JsonResponse({"card": card.pk, "limit": card.daily_limit})
