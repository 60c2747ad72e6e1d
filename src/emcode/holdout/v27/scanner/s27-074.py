from django.http import HttpResponse
from django.utils.html import format_html, format_html_join
from .models import Quilt


def quilt_search(request):
    q = request.GET.get("q", "")
    hits = Quilt.objects.filter(name__icontains=q)[:20]
    items = format_html_join("", "<li>{}</li>", ((h.name,) for h in hits))
    html = format_html("<h2>Results for {}</h2><ul>{}</ul>", q, items)
    return HttpResponse(html)
