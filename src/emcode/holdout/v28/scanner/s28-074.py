from django.core.paginator import Paginator
from django.shortcuts import render

from .models import Track


def search(request):
    q = request.GET.get("q", "").strip()
    tracks = Track.objects.filter(title__icontains=q).order_by("-plays") if q else Track.objects.none()
    page = Paginator(tracks, 20).get_page(request.GET.get("page"))
    return render(request, "catalog/search.html", {"q": q, "page": page})
