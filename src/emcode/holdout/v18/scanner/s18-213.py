from django.http import HttpResponse
from django.utils.safestring import mark_safe

from .models import Book


def book_search(request):
    q = request.GET.get("q", "")
    books = Book.objects.filter(title__icontains=q)[:20]
    items = "".join(f"<li>{b.title} ({b.year})</li>" for b in books)
    body = mark_safe(f"<h1>Books matching {q}</h1><ul>{items}</ul>")
    return HttpResponse(body)
