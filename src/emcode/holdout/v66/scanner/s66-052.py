from django.db.models import Q
from django.http import JsonResponse

from .models import Delivery


def deliveries(request):
    q = Q(status="open")
    if zone := request.GET.get("zone"):
        q &= Q(zone__iexact=zone)
    if rider := request.GET.get("rider"):
        q &= Q(rider__username=rider)
    rows = Delivery.objects.filter(q).values("id", "pickup", "dropoff")[:100]
    return JsonResponse({"results": list(rows)})
