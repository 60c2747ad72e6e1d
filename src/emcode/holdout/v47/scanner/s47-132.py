import logging

from django.http import JsonResponse

from .models import Boat

log = logging.getLogger(__name__)


def boat_search(request):
    term = request.GET.get("q", "")[:50]
    shown = term.encode("unicode_escape").decode("ascii")
    log.info("boat search q=%s", shown)
    boats = Boat.objects.filter(name__icontains=term).values("id", "name")[:20]
    return JsonResponse({"results": list(boats)})
