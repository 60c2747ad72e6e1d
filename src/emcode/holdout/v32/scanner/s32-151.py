from django.shortcuts import render
from django.views.decorators.http import require_GET

from .models import Plot


@require_GET
def garden_search(request):
    term = request.GET.get("term", "").strip()
    plots = Plot.objects.filter(name__icontains=term)[:50] if term else []
    return render(request, "garden/search.html", {"term": term, "plots": plots})
