from django.http import HttpResponse
from .models import Ticket


def ticket_search(request):
    ref = request.GET.get("ref", "")
    ticket = Ticket.objects.filter(reference=ref).first()
    if ticket is None:
        return HttpResponse("<p>No ticket with reference <b>%s</b></p>" % ref, status=404)
    return HttpResponse("<p>Status: %s</p>" % ticket.get_status_display())
