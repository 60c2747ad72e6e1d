from django.http import HttpResponse
from django.utils.html import escape


def station_note(request):
    note = escape(request.GET.get("note", ""))
    station = escape(request.GET.get("station", "unknown"))
    body = "<article><h2>" + station + "</h2><p>" + note + "</p></article>"
    return HttpResponse(body)
