from django.http import HttpResponse
from django.views.decorators.http import require_GET

from .models import Booking


@require_GET
def booking_status(request):
    ref = request.GET.get("ref", "")
    booking = Booking.objects.filter(reference=ref).first()
    if booking is None:
        return HttpResponse(f"<p>We could not find booking <strong>{ref}</strong>.</p>", status=404)
    return HttpResponse(f"<p>Room {booking.room_id} is booked for {booking.starts_at:%H:%M}.</p>")
