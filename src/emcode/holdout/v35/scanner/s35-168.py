from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Adoption


@login_required
@require_POST
def cancel_adoption(request, adoption_id):
    adoption = get_object_or_404(Adoption, pk=adoption_id, adopter=request.user)
    adoption.status = "cancelled"
    adoption.save(update_fields=["status"])
    return JsonResponse({"status": "cancelled"})
