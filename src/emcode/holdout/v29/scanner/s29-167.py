from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Claim


@csrf_exempt
@login_required
@require_POST
def withdraw_claim(request, claim_id):
    claim = Claim.objects.get(pk=claim_id, owner=request.user)
    claim.status = "withdrawn"
    claim.save(update_fields=["status"])
    return JsonResponse({"status": claim.status})
