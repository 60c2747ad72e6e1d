from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .models import Claim


@login_required
def claims_by_adjuster(request):
    adjuster = request.GET.get("adjuster", "")
    qs = Claim.objects.raw(
        "SELECT * FROM claims_claim WHERE adjuster_username = %s ORDER BY opened_at DESC",
        [adjuster],
    )
    return JsonResponse({"claims": [c.reference for c in qs]})
