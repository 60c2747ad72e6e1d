from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Prescription


@require_GET
def search_prescriptions(request):
    drug = request.GET.get("drug", "")
    pharmacy = request.GET.get("pharmacy")
    qs = Prescription.objects.filter(drug__icontains=drug, owner=request.user)
    if pharmacy:
        qs = qs.filter(pharmacy__code=pharmacy)
    data = list(qs.values("id", "drug", "next_refill")[:50])
    return JsonResponse({"results": data})
