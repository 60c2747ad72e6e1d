from django.http import HttpResponse
from django.views.decorators.http import require_GET

from .models import Design


@require_GET
def design_search(request):
    term = request.GET.get("q", "")
    matches = Design.objects.filter(title__icontains=term)[:20]
    items = "".join(f"<li>{d.title} by {d.artist.name}</li>" for d in matches)
    return HttpResponse(f"<h2>Results for {term}</h2><ul>{items}</ul>")
