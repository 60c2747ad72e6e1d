from django.http import JsonResponse

from .models import Order


def orders_report(request):
    region = request.GET.get("region", "EU")
    base = "SELECT id, total, region FROM shop_order "
    query = base + "WHERE region = %s ORDER BY total DESC LIMIT 50"
    rows = [{"id": o.id, "total": float(o.total)} for o in Order.objects.raw(query, [region])]
    return JsonResponse({"region": region, "rows": rows})
