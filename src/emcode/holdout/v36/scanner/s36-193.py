from django.http import JsonResponse

from .models import Order


def truck_orders(request):
    truck = request.GET.get("truck", "")
    sql = "SELECT * FROM ordering_order WHERE status = 'open'"
    params = []
    if truck:
        sql = sql + " AND truck_slug = %s"
        params.append(truck)
    orders = Order.objects.raw(sql, params)
    return JsonResponse({"orders": [o.id for o in orders]})
