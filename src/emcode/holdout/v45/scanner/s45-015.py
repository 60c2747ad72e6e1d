import logging

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .services import reschedule_booking

log = logging.getLogger(__name__)


@login_required
@require_POST
def reschedule(request, booking_id: int):
    try:
        new_slot = reschedule_booking(booking_id, request.POST.get("slot", ""), owner=request.user)
    except ValueError:
        return JsonResponse({"error": "slot not available"}, status=409)
    except Exception:
        log.exception("reschedule failed")
        return JsonResponse({"error": "internal error"}, status=500)
    return JsonResponse({"slot": new_slot})
