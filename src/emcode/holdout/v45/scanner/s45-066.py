from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from .models import Booking


@login_required
def booking_ics(request, booking_id: int):
    b = get_object_or_404(Booking, pk=booking_id, owner=request.user)
    resp = HttpResponse(b.to_ics(), content_type="text/calendar")
    resp["Content-Disposition"] = f'attachment; filename="booking-{b.pk}.ics"'
    return resp
