from django.http import HttpResponse
from django.utils.html import format_html, format_html_join

from .models import Book


def book_search(request):
    q = request.GET.get("q", "")
    books = Book.objects.filter(title__icontains=q)[:20]
    items = format_html_join("\n", "<li>{} ({})</li>", ((b.title, b.year) for b in books))
    body = format_html("<h1>Books matching {}</h1><ul>{}</ul>", q, items)
    return HttpResponse(body)
