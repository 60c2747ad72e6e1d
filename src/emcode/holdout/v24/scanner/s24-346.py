from django.http import HttpResponse
from django.utils.html import format_html, format_html_join

from .models import Booking


def bookings_fragment(request):
    member = request.GET.get("member", "")
    bookings = Booking.objects.filter(member__username=member).values_list("class_name", "starts_at")
    items = format_html_join("\n", "<li>{} at {:%H:%M}</li>", ((c, t) for c, t in bookings))
    body = format_html("<h3>Bookings for {}</h3><ul>{}</ul>", member, items)
    return HttpResponse(body)
