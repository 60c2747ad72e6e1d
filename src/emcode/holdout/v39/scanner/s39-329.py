from django.http import JsonResponse

from .models import Sighting


def sightings_near(request):
    try:
        lat = float(request.GET["lat"])
        lon = float(request.GET["lon"])
    except (KeyError, ValueError):
        return JsonResponse({"error": "lat/lon required"}, status=400)
    rows = Sighting.objects.raw(
        "SELECT * FROM tracking_sighting "
        "WHERE abs(lat - %s) < 0.1 AND abs(lon - %s) < 0.1 ORDER BY seen_at DESC LIMIT 100",
        [lat, lon],
    )
    return JsonResponse({"sightings": [{"id": s.id, "species": s.species} for s in rows]})
