from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Policy


@csrf_exempt
@login_required
@require_POST
def cancel_policy(request, policy_id):
    policy = Policy.objects.get(pk=policy_id, holder=request.user)
    policy.status = "cancelled"
    policy.save(update_fields=["status"])
    return JsonResponse({"ok": True, "policy": policy_id})
