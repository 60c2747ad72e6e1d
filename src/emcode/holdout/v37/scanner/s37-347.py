from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .models import Claim


@login_required
def claims_for_adjuster(request):
    qs = Claim.objects.filter(adjuster=request.user)
    status = request.GET.get("status")
    if status:
        qs = qs.filter(status=status)
    return JsonResponse({"claims": list(qs.values("id", "holder", "amount")[:100])})
