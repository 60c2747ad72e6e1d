from django.shortcuts import render

from .models import Dataset


def search(request):
    q = request.GET.get("q", "")
    results = Dataset.objects.filter(title__icontains=q)[:25] if q else []
    return render(request, "datasets/search.html", {"q": q, "results": results})
