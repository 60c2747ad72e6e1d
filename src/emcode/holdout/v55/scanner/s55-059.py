from django.http import JsonResponse

from .models import Sighting


def sightings_raw(request):
    species = request.GET.get("species", "")
    rows = Sighting.objects.raw(
        "SELECT id, camera, species, seen_at FROM traps_sighting WHERE species = %s ORDER BY seen_at DESC", [species]
    )
    return JsonResponse({"results": [{"camera": r.camera, "species": r.species} for r in rows]})
