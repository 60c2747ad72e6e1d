import logging
from django.http import JsonResponse
from .models import Tour

logger = logging.getLogger(__name__)


def search(request):
    q = request.GET.get("q", "")
    logger.info(f"tour search: {q}")
    tours = Tour.objects.filter(title__icontains=q).values("id", "title")[:25]
    return JsonResponse({"results": list(tours)})
