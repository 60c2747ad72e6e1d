from django.db import connection
from django.http import JsonResponse


def revenue_by_month(request):
    try:
        year = int(request.GET.get("year", "2024"))
    except ValueError:
        return JsonResponse({"error": "year must be an integer"}, status=400)
    sql = (
        "SELECT strftime('%%m', created_at) AS month, SUM(total) "
        "FROM orders_order WHERE strftime('%%Y', created_at) = %s GROUP BY month"
    )
    with connection.cursor() as cur:
        cur.execute(sql, [str(year)])
        rows = cur.fetchall()
    return JsonResponse({"year": year, "months": [{"month": m, "total": float(t)} for m, t in rows]})
