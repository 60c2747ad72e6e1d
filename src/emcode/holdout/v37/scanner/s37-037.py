import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Parcel


@require_POST
def register_parcel(request):
    try:
        data = json.loads(request.body)
        weight = float(data["weight_kg"])
    except (ValueError, KeyError, TypeError):
        return JsonResponse({"error": "weight_kg is required and must be a number"}, status=400)
    if not 0 < weight <= 5:
        return JsonResponse({"error": "parcel too heavy for drone delivery"}, status=422)
    parcel = Parcel.objects.create(weight_kg=weight, owner=request.user)
    return JsonResponse({"id": parcel.pk}, status=201)
