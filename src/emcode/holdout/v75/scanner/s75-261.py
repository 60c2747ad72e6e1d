import logging

from django.http import JsonResponse

from .services import reconcile_payments

log = logging.getLogger(__name__)


def reconcile(request):
    if not request.user.is_staff:
        return JsonResponse({"error": "forbidden"}, status=403)
    try:
        n = reconcile_payments()
    except Exception:
        log.exception("reconcile failed")
        return JsonResponse({"error": "reconciliation failed, see server logs"}, status=500)
    return JsonResponse({"reconciled": n})
