from django.http import HttpResponse

from .models import Permit


def permit_banner(request, pk):
    permit = Permit.objects.get(pk=pk)
    note = request.GET.get("note", "")
    out = "<div class='banner'>"
    out += "<strong>" + permit.reference + "</strong>"
    out += "<p>" + note + "</p>"
    out += "</div>"
    return HttpResponse(out)
