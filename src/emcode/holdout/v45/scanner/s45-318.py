from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET


@require_GET
def ticket_receipt(request):
    passenger = request.GET.get("passenger", "")
    route = request.GET.get("route", "")
    html = format_html("<h1>Receipt</h1><p>Passenger: {}</p><p>Route: {}</p>", passenger, route)
    return HttpResponse(html)
