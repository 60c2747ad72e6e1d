from django.shortcuts import render
from django.utils.safestring import mark_safe

from .models import Book


def search(request):
    q = request.GET.get("q", "")
    books = Book.objects.filter(title__icontains=q)[:50]
    summary = mark_safe(f"Showing <strong>{len(books)}</strong> results for <em>{q}</em>")
    return render(request, "catalog/search.html", {"books": books, "summary": summary})
