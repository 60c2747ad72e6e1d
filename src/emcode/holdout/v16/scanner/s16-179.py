from django.db.models import Q
from django.http import JsonResponse

from .models import Device


def device_search(request):
    qs = Device.objects.all()
    name = request.GET.get("name")
    if name:
        qs = qs.filter(Q(name__icontains=name) | Q(serial__iexact=name))
    site = request.GET.get("site")
    if site:
        qs = qs.filter(site__slug=site)
    data = list(qs.order_by("name").values("id", "name", "serial")[:100])
    return JsonResponse({"devices": data})
