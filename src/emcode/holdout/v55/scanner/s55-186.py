from django.http import HttpResponse


def vintage_page(request):
    year = request.GET.get("year", "")
    body = "<h2>Bottles from {}</h2>".format(year)
    return HttpResponse(body)


def producer_page(request):
    producer = request.GET.get("producer", "")
    rows = Producer.objects.filter(name__icontains=prod