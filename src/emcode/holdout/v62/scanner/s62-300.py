from django.shortcuts import get_object_or_404, render

from .models import Tower


def tower_detail(request, slug):
    tower = get_object_or_404(Tower, slug=slug)
    highlight = request.GET.get("highlight", "")
    return render(request, "towers/detail.html", {"tower": tower, "highlight": highlight})
