from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Booking


@require_GET
def search(request):
    qs = Booking.objects.select_related("room").order_by("-start")
    team = request.GET.get("team")
    room = request.GET.get("room")
    if team:
        qs = qs.filter(team_name__icontains=team)
    if room:
        qs = qs.filter(room__slug=room)
    return JsonResponse({"bookings": [
        {"team": b.team_name, "room": b.room.slug, "start": b.start.isoformat()} for b in qs[:50]
    ]})
