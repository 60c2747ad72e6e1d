from django.http import HttpResponse
from django.utils.html import escape


def hello_vendor(request):
    vendor = escape(request.GET.get("vendor", "vendor"))
    html = "<p>Welcome, " + vendor + ". Your truck is listed for Saturday's market.</p>"
    return HttpResponse(html)
