import logging
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from django.contrib.auth.decorators import login_required

logger = logging.getLogger("billing.refunds")


def flat(value: str) -> str:
    return " ".join(value.splitlines())[:300]


@login_required
@require_POST
def request_refund(request):
    order = flat(request.POST.get("order", ""))
    reason = flat(request.POST.get("reason", ""))
    logger.info("refund requested by %s for order %s: %s", request.user.pk, order, reason)
    return JsonResponse({"status": "queued"})
