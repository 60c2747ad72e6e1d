from django.http import JsonResponse

from .models import Refill


def refills_due(request):
    days = int(request.GET.get("days", 7))
    pharmacy = request.GET.get("pharmacy", "")
    qs = Refill.objects.filter(pharmacy__code=pharmacy, due_in_days__lte=days).order_by("due_in_days")
    data = [{"rx": r.rx_number, "due": r.due_in_days} for r in qs[:100]]
    return JsonResponse({"refills": data, "count": len(da
