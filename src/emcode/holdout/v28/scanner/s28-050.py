import logging

from django.http import JsonResponse

from .routing import plan_route

log = logging.getLogger(__name__)


def route_plan(request):
    origin = request.GET.get("origin", "")
    dest = request.GET.get("dest", "")
    try:
        legs = plan_route(origin, dest)
    except ValueError:
        return JsonResponse({"error": "unknown port"}, status=400)
    except Exception:
        log.exception("route planning failed")
        return JsonResponse({"error": "internal error"}, status=500)
    return JsonResponse({"legs": legs})
