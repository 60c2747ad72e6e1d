import logging
from django.http import JsonResponse

from .models import Recipe

logger = logging.getLogger("recipes.search")


def search(request):
    q = request.GET.get("q", "")[:100]
    logger.info("user_id=%s searched q=%r", request.user.pk, q)
    results = Recipe.objects.filter(title__icontains=q)[:20]
    return JsonResponse({"results": [r.title for r in results]})
