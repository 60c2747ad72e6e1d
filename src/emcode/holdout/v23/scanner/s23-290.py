import logging
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from django.contrib.auth.decorators import login_required

logger = logging.getLogger("billing.refunds")


@login_required
@require_POST
def request_refund(request):
    order = request.POST.get("order", "")
    reason = request.POST.get("reason", "")
    logger.info("refund requested by %s for order %s: " % (request.user.username, order) + reason)
    return JsonResponse({"status": "queued"})
