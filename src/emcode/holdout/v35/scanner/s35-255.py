from django.http import HttpResponse
from django.views.decorators.http import require_GET

from .models import Animal


@require_GET
def animal_search(request):
    term = request.GET.get("q", "")
    matches = Animal.objects.filter(name__icontains=term)[:20]
    items = "".join(f"<li>{a.name} ({a.species})</li>" for a in matches)
    return HttpResponse(f"<h2>Results for {term}</h2><ul>{items}</ul>")
