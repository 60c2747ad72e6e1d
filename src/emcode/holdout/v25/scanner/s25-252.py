from django.http import HttpResponseRedirect
from django.contrib.auth.decorators import login_required
from .models import Booking


@login_required
def cancel_booking(request, pk):
    booking = Booking.objects.get(pk=pk, owner=request.user)
    booking.status = "cancelled"
    booking.save()
    back = request.GET.get("return_to", "/bookings/")
    if back.startswith("/"):
        return HttpResponseRedirect(back)
    return HttpResponseRedirect("/bookings/")
