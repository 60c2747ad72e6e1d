from django.http import JsonResponse
from .models import Article


def articles(request):
    qs = Article.objects.filter(is_public=True)
    tag = request.GET.get("tag")
    if tag:
        qs = qs.extra(where=["id IN (SELECT article_id FROM blog_tag WHERE slug = '%s')" % tag])
    qs = qs.order_by("-published")[:20]
    return JsonResponse({"results": [{"id": a.id, "title": a.title} for a in qs]})
