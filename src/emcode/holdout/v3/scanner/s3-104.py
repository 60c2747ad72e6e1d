from django.shortcuts import render

from .models import Article


def search(request):
    q = request.GET.get("q", "")
    results = Article.objects.filter(title__icontains=q)[:20]
    return render(request, "blog/search.html", {"query": q, "results": results})
