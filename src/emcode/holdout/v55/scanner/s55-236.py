from django.db import models
from django.http import JsonResponse
from django.views.decorators.http import require_GET


class Sighting(models.Model):
    camera = models.CharField(max_length=32)
    species = models.CharField(max_length=64)
    seen_at = models.DateTimeField()


@require_GET
def sightings(request):
    qs = Sighting.objects.all()
    species = request.GET.get("species")
    camera = request.GET.get("camera")
    if species:
        qs = qs.filter(species__iexact=species)
    if camera:
        qs = qs.filter(camera=camera)
    qs = qs.order_by("-seen_at")[:200]
    return JsonResponse({"results": list(qs.values("camera", "species", "seen_at"))})
