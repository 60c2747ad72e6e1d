from django.http import JsonResponse

from .models import Voyage


def voyages(request):
    qs = Voyage.objects.all()
    origin = request.GET.get("from")
    dest = request.GET.get("to")
    if origin:
        qs = qs.filter(origin__unlocode=origin.upper())
    if dest:
        qs = qs.filter(destination__unlocode=dest.upper())
    data = list(qs.order_by("departs").values("id", "vessel__name", "departs", "arrives")[:100])
    return JsonResponse({"voyages": data})
