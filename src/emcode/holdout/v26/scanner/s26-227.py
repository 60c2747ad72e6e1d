from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_protect

from .models import Booking


@login_required
@csrf_protect
def cancel_booking(request, booking_id):
    booking = get_object_or_404(Booking, pk=booking_id, owner=request.user)
    if request.method == "POST":
        booking.status = "cancelled"
        booking.save(update_fields=["status"])
        return redirect("bookings")
    return render(request, "confirm_cancel.html", {"booking": booking})
