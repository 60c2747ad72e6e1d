from django.http import HttpResponse
from django.utils.html import format_html, format_html_join

from .models import IceSession


def upcoming(request):
    rink = request.GET.get("rink", "")
    sessions = IceSession.objects.filter(rink__name=rink).values_list("starts_at", "kind")[:20]
    rows = format_html_join("\n", "<li>{} — {}</li>", ((s.strftime("%a %H:%M"), k) for s, k in sessions))
    return HttpResponse(format_html("<h2>{}</h2><ul>{}</ul>", rink, rows))
