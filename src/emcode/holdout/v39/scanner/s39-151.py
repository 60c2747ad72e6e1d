from django.http import HttpResponse
from django.utils.html import escape


def collar_note(request):
    note = escape(request.GET.get("note", ""))
    tag = escape(request.GET.get("tag", ""))
    body = "<h3>Collar %s</h3><p>%s</p>" % (tag, note)
    return HttpResponse(body)
