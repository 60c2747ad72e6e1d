from django.http import HttpResponse
from django.utils.html import escape


def visit_confirmation(request):
    visitor = escape(request.GET.get("visitor", "guest"))
    slot = request.GET.get("slot", "")
    slot_text = escape(slot) if slot else "any time"
    html = (
        "<h1>Booking confirmed</h1>"
        f"<p>Thank you, {visitor}. Your gallery tour is booked for {slot_text}.</p>"
    )
    return HttpResponse(html)
