from django.http import JsonResponse
from .models import Book


def books(request):
    author = request.GET.get("author", "")
    year = request.GET.get("year")
    qs = Book.objects.filter(author__name__iexact=author)
    if year and year.isdigit():
        qs = qs.filter(published__year=int(year))
    return JsonResponse({"books": list(qs.values("id", "title"))})
