from django.shortcuts import render

from .models import Book


def search(request):
    q = request.GET.get("q", "")
    books = Book.objects.filter(title__icontains=q)[:50]
    return render(request, "catalog/search.html", {"books": books, "query": q, "count": len(books)})
