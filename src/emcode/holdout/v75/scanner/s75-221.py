from django.http import HttpResponse
from django.utils.html import escape

from .models import Scan


def scan_title_fragment(request, pk):
    scan = Scan.objects.filter(pk=pk).first()
    query = request.GET.get("q", "")
    shown = escape(query)
    if scan is None:
        return HttpResponse(f"<p>No scan matches <em>{shown}</em></p>", status=404)
    return HttpResponse(f"<p>{escape(scan.title)} &mdash; matched <em>{shown}</em></p>")
