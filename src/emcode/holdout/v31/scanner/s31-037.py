from django.core.paginator import Paginator
from django.shortcuts import render

from collection.models import CollectionObject


def search(request):
    q = request.GET.get("q", "").strip()
    results = CollectionObject.objects.none()
    if q:
        results = CollectionObject.objects.filter(title__icontains=q).order_by("title")
    page = Paginator(results, 25).get_page(request.GET.get("page"))
    return render(request, "collection/search.html", {"q": q, "page": page})
