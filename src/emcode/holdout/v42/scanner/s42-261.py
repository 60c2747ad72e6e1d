from django.http import HttpResponse
from django.utils.html import escape

from fleet.models import FuelCard


def card_badge(request):
    number = request.GET.get("card", "")
    holder = escape(request.GET.get("holder", ""))
    active = FuelCard.objects.filter(number=number, active=True).exists()
    html_out = "<div class='card'><b>" + holder + "</b> &ndash; " + ("active" if active else "inactive") + "</div>"
    return HttpResponse(html_out)
