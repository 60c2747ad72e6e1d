from django.db.models import Q
from django.http import JsonResponse
from .models import Article

SORTS = {"new": "-published", "old": "published", "title": "title"}


def articles(request):
    qs = Article.objects.filter(is_public=True)
    term = request.GET.get("q")
    if term:
        qs = qs.filter(Q(title__icontains=term) | Q(body__icontains=term))
    tag = request.GET.get("tag")
    if tag:
        qs = qs.filter(tags__slug=tag)
    qs = qs.order_by(SORTS.get(request.GET.get("sort"), "-published"))[:20]
    return JsonResponse({"results": [{"id": a.id, "title": a.title} for a in qs]})
