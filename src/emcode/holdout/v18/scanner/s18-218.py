from django.http import JsonResponse

from .models import Device


def device_list(request):
    qs = Device.objects.all()
    site = request.GET.get("site")
    kind = request.GET.get("kind")
    if site:
        qs = qs.filter(site__name=site)
    if kind:
        qs = qs.filter(kind=kind)
    data = list(qs.values("id", "name", "kind", "last_seen")[:200])
    return JsonResponse({"devices": data})
