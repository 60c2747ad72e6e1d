from django.http import HttpResponse


def courier_status(request):
    courier = request.GET.get("courier", "")
    status = request.GET.get("status", "idle")
    html = "<h3>%s</h3><span class='status'>%s</span>" % (courier, status)
    return HttpResponse(html)
