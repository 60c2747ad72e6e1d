from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET

from .models import Vehicle


@require_GET
def vehicle_lookup(request):
    plate = request.GET.get("plate", "")
    vehicle = Vehicle.objects.filter(plate=plate).first()
    if vehicle is None:
        return HttpResponse(format_html("<p>No car registered with plate <b>{}</b></p>", plate), status=404)
    return HttpResponse(format_html("<p>{} &ndash; {}</p>", vehicle.model, vehicle.colour))
