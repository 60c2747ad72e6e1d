from django.db.models import Q
from django.http import JsonResponse

from .models import Room


def room_search(request):
    filters = Q(active=True)
    if beds := request.GET.get("beds"):
        filters &= Q(beds__gte=int(beds))
    if view := request.GET.get("view"):
        filters &= Q(view__iexact=view)
    if text := request.GET.get("q"):
        filters &= Q(name__icontains=text) | Q(description__icontains=text)
    rooms = Room.objects.filter(filters).order_by("floor", "number")[:50]
    return JsonResponse({"rooms": [{"number": r.number, "beds": r.beds, "view": r.view} for r in rooms]})
