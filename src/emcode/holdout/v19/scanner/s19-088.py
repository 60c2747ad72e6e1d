from django.http import JsonResponse, HttpResponseBadRequest
from django.db import connection


def bulk_prices(request):
    raw = request.GET.get("ids", "")
    try:
        ids = [int(x) for x in raw.split(",") if x.strip()]
    except ValueError:
        return HttpResponseBadRequest("ids must be integers")
    if not ids or len(ids) > 200:
        return HttpResponseBadRequest("1-200 ids")
    placeholders = ", ".join(["%s"] * len(ids))
    sql = "SELECT sku, price FROM catalog_product"
    sql += f" WHERE sku IN ({placeholders})"
    with connection.cursor() as cursor:
        cursor.execute(sql, ids)
        data = cursor.fetchall()
    return JsonResponse({"prices": dict(data)})
