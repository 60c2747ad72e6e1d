from django.http import HttpResponse
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_GET

from .models import Animal


@require_GET
def animal_search(request):
    term = request.GET.get("q", "")
    matches = Animal.objects.filter(name__icontains=term)[:20]
    items = format_html_join("", "<li>{} ({})</li>", ((a.name, a.species) for a in matches))
    return HttpResponse(format_html("<h2>Results for {}</h2><ul>{}</ul>", term, items))
