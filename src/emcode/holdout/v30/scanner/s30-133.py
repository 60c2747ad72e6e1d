from django.http import HttpResponse
from django.views.decorators.http import require_GET

from .models import Vehicle


@require_GET
def vehicle_lookup(request):
    plate = request.GET.get("plate", "")
    vehicle = Vehicle.objects.filter(plate=plate).first()
    if vehicle is None:
        return HttpResponse(f"<p>No car registered with plate <b>{plate}</b></p>", status=404)
    return HttpResponse(f"<p>{vehicle.model} &ndash; {vehicle.colour}</p>")
