from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def ticket_receipt(request):
    passenger = request.GET.get("passenger", "")
    route = request.GET.get("route", "")
    html = f"<h1>Receipt</h1><p>Passenger: {passenger}</p><p>Route: {route}</p>"
    return HttpResponse(html)
