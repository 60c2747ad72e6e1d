from django.http import HttpResponse
from django.utils.html import format_html


def instrument_detail(request, slug):
    player = request.GET.get("player", "")
    body = format_html("<h1>{}</h1><p>Played by {}</p>", slug, player)
    return HttpResponse(bo