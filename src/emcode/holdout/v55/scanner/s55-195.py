from decimal import Decimal, InvalidOperation

from django.http import JsonResponse
from django.views.decorators.http import require_GET

BANDS = [(Decimal("0"), Decimal("1.20")), (Decimal("10"), Decimal("1.65")), (Decimal("25"), Decimal("2.10"))]


@require_GET
def bill_estimate(request):
    try:
        m3 = Decimal(request.GET.get("m3", "0"))
    except InvalidOperation:
        return JsonResponse({"error": "m3 must be a number"}, status=400)
    if m3 < 0 or m3 > 10000:
        return JsonResponse({"error": "out of range"}, status=400)
    total = Decimal("0")
    for i, (start, rate) in enumerate(BANDS):
        end = BANDS[i + 1][0] if i + 1 < len(BANDS) else m3
        if m3 > start:
            total += (min(m3, end) - start) * rate
    return JsonResponse({"m3": str(m3), "estimate": str(total.quantize(Decimal("0.01")))})
