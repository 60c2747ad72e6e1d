from django.http import HttpResponse
from django.utils.html import format_html


def courier_status(request):
    courier = request.GET.get("courier", "")
    status = request.GET.get("status", "idle")
    html = format_html("<h3>{}</h3><span class='status'>{}</span>", courier, status)
    return HttpResponse(html)
