from django.db.models import Q
from django.http import JsonResponse
from .models import Observation


def observations(request):
    term = request.GET.get("q", "")
    since = request.GET.get("since")
    qs = Observation.objects.filter(Q(target__icontains=term) | Q(notes__icontains=term))
    if since:
        qs = qs.filter(night__gte=since)
    return JsonResponse({"items": list(qs.values("id", "target", "night")[:50])})
