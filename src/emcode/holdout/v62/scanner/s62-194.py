from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET

from .models import Booking


@require_GET
def booking_status(request):
    ref = request.GET.get("ref", "")
    booking = Booking.objects.filter(reference=ref).first()
    if booking is None:
        return HttpResponse(format_html("<p>We could not find booking <strong>{}</strong>.</p>", ref), status=404)
    return HttpResponse(format_html("<p>Room {} is booked for {}.</p>", booking.room_id,
                                    booking.starts_at.strftime("%H:%M")))
