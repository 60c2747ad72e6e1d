from django.http import HttpResponse
from django.utils.html import escape


def pickup_ready(request):
    patient = escape(request.GET.get("name", ""))
    counter = escape(request.GET.get("counter", "1"))
    body = "<p>" + patient + ", your prescription is ready at counter " + counter + ".</p>"
    return HttpResponse(body)
