from django.shortcuts import get_object_or_404, render

from .models import Vineyard


def vineyard_detail(request, slug):
    vineyard = get_object_or_404(Vineyard, slug=slug)
    search = request.GET.get("q", "")
    logs = vineyard.harvest_logs.all()
    if search:
        logs = logs.filter(notes__icontains=search)
    return render(request, "vineyards/detail.html", {
        "vineyard": vineyard,
        "logs": logs[:100],
        "search": search,
    })
