from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Article


@require_GET
def search_articles(request):
    term = request.GET.get("q", "").strip()
    qs = Article.objects.filter(published=True)
    if term:
        qs = qs.filter(title__icontains=term)
    data = [{"id": a.pk, "title": a.title} for a in qs.order_by("-published_at")[:20]]
    return JsonResponse({"results": data})
