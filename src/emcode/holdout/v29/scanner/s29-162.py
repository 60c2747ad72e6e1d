from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Claim


@login_required
@require_POST
def withdraw_claim(request, claim_id):
    claim = get_object_or_404(Claim, pk=claim_id, owner=request.user)
    claim.status = "withdrawn"
    claim.save(update_fields=["status"])
    return JsonResponse({"status": claim.status})
