from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Book


@require_GET
def search_books(request):
    term = request.GET.get("q", "").strip()
    genre = request.GET.get("genre")
    qs = Book.objects.filter(title__icontains=term)
    if genre:
        qs = qs.filter(genre__slug=genre)
    data = [{"id": b.id, "title": b.title, "available": b.copies_available} for b in qs[:50]]
    return JsonResponse({"results": data})
