from django.http import JsonResponse

from .models import Citation


def unpaid_by_zone(request):
    zone = request.GET.get("zone", "A")
    rows = Citation.objects.raw(
        "SELECT id, plate, amount_cents FROM enforcement_citation "
        "WHERE zone = %s AND paid_at IS NULL ORDER BY issued_at",
        [zone],
    )
    return JsonResponse({"unpaid": [{"plate": c.plate, "amount": c.amount_cents} for c in rows]})
