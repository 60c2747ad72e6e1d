from django.http import HttpResponse
from django.utils.html import escape


def meter_not_found(request):
    serial = request.GET.get("serial", "")
    message = "<p>No meter with serial <code>%s</code> is registered.</p>" % escape(serial)
    return HttpResponse(message, status=404)
