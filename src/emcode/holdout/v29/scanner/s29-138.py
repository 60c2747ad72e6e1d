from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse

from .models import Claim


@permission_required("claims.view_claim", raise_exception=True)
def search_claims(request):
    qs = Claim.objects.all()
    if status := request.GET.get("status"):
        qs = qs.filter(status=status)
    if postcode := request.GET.get("postcode"):
        qs = qs.filter(property__postcode__istartswith=postcode)
    if min_amount := request.GET.get("min"):
        try:
            qs = qs.filter(amount__gte=float(min_amount))
        except ValueError:
            return JsonResponse({"error": "min must be a number"}, status=400)
    data = list(qs.values("reference", "status", "amount")[:200])
    return JsonResponse({"results": data})
