from django.shortcuts import render

from .models import Recipe


def search(request):
    q = request.GET.get("q", "")
    results = Recipe.objects.filter(title__icontains=q)[:50] if q else []
    return render(request, "recipes/search.html", {"q": q, "results": res