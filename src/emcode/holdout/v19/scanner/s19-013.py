from django.http import JsonResponse
from django.db import connection


def bulk_prices(request):
    ids = request.GET.get("ids", "")
    id_list = ids.split(",")
    in_clause = ",".join(id_list)
    sql = "SELECT sku, price FROM catalog_product"
    sql += " WHERE sku IN (" + in_clause + ")"
    with connection.cursor() as cursor:
        cursor.execute(sql)
        data = cursor.fetchall()
    return JsonResponse({"prices": dict(data)})
