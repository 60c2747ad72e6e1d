from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse

from .models import Order


@permission_required("orders.view_order")
def orders_for_day(request):
    day = request.GET.get("day")
    status = request.GET.get("status", "open")
    qs = Order.objects.filter(status=status)
    if day:
        qs = qs.filter(pickup_date=day)
    data = list(qs.values("id", "customer", "pickup_date", "total")[:200])
    return JsonResponse({"orders": data}, json_dumps_params={"default": str})
