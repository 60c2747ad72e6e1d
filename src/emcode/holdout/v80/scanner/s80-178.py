from django.http import HttpResponse
from django.utils.html import format_html


def fridge_status(request):
    fridge = request.GET.get("fridge", "")
    html = format_html("<h1>Status for {}</h1><p>Last restocked today.</p>", fridge)
    return HttpResponse(html)
