from django.http import HttpResponse
from django.utils.html import format_html
from .models import Ticket


def ticket_search(request):
    ref = request.GET.get("ref", "")
    ticket = Ticket.objects.filter(reference=ref).first()
    if ticket is None:
        return HttpResponse(format_html("<p>No ticket with reference <b>{}</b></p>", ref), status=404)
    return HttpResponse(format_html("<p>Status: {}</p>", ticket.get_status_display()))
