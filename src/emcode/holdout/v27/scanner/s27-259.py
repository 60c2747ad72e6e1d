from django.http import JsonResponse
from .models import Permit


def permits_by_owner(request):
    owner = request.GET.get("owner", "")
    qs = Permit.objects.raw("SELECT * FROM permits_permit WHERE owner_name = '%s'" % owner)
    data = [{"id": p.id, "addr": p.address} for p in qs]
    return JsonResponse({"count": len(data), "items": da
