from django.http import HttpResponseRedirect
from django.contrib.auth.decorators import login_required
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from .models import Booking


@require_POST
@login_required
def cancel_booking(request, pk):
    booking = Booking.objects.get(pk=pk, owner=request.user)
    booking.status = "cancelled"
    booking.save()
    back = request.GET.get("return_to", "/bookings/")
    if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return HttpResponseRedirect(back)
    return HttpResponseRedirect("/bookings/")
