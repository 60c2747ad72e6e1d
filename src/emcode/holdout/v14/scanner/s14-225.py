from django.http import JsonResponse
from .models import Shipment


def shipments(request):
    carrier = request.GET.get("carrier", "")
    qs = Shipment.objects.all()
    if carrier:
        clause = "carrier_code = '%s'" % carrier
        qs = qs.extra(where=[clause])
    return JsonResponse({"ids": list(qs.values_list("id", flat=True)[:100])})
