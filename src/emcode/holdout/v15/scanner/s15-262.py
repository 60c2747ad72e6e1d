from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Book


@require_GET
def book_search(request):
    term = request.GET.get("q", "").strip()
    qs = Book.objects.filter(title__icontains=term).order_by("title")[:50]
    return JsonResponse({"results": [{"id": b.id, "title": b.title} for b in qs]})
