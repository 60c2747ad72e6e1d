from django.http import HttpResponse
from django.utils.html import format_html


def vintage_page(request):
    year = request.GET.get("year", "")
    body = format_html("<h2>Bottles from {}</h2>", year)
    return HttpResponse(body)


def producer_page(request):
    producer = request.GET.get("producer", "")
    rows = Producer.objects.filter(name__icontains=prod