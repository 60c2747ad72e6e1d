from django.http import HttpResponse
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_GET

from .models import Design


@require_GET
def design_search(request):
    term = request.GET.get("q", "")
    matches = Design.objects.filter(title__icontains=term)[:20]
    items = format_html_join("", "<li>{} by {}</li>", ((d.title, d.artist.name) for d in matches))
    return HttpResponse(format_html("<h2>Results for {}</h2><ul>{}</ul>", term, items))
