from django.http import HttpResponse
from django.utils.html import escape

from .models import Permit


def permit_banner(request, pk):
    permit = Permit.objects.get(pk=pk)
    note = escape(request.GET.get("note", ""))
    out = "<div class='banner'>"
    out += "<strong>" + escape(permit.reference) + "</strong>"
    out += "<p>" + note + "</p>"
    out += "</div>"
    return HttpResponse(out)
