from django.http import HttpResponse
from django.utils.safestring import mark_safe

from .models import Booking


def bookings_fragment(request):
    member = request.GET.get("member", "")
    rows = ""
    for b in Booking.objects.filter(member__username=member):
        rows += "<li>%s at %s</li>" % (b.class_name, b.starts_at.strftime("%H:%M"))
    return HttpResponse(mark_safe("<h3>Bookings for " + member + "</h3><ul>" + rows + "</ul>"))
