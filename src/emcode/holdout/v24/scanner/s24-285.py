from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Policy


@login_required
@require_POST
def cancel_policy(request, policy_id):
    policy = get_object_or_404(Policy, pk=policy_id, holder=request.user)
    policy.status = "cancelled"
    policy.save(update_fields=["status"])
    return JsonResponse({"ok": True, "policy": policy_id})
