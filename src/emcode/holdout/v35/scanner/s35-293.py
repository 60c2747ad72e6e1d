from django.db import connection
from django.http import JsonResponse


def monthly_repairs(request):
    year = int(request.GET.get("year", "2024"))
    mechanic = request.GET.get("mechanic")
    query = "SELECT strftime('%%m', finished_at) AS m, COUNT(*) FROM repairs_job WHERE strftime('%%Y', finished_at) = %s"
    args = [str(year)]
    if mechanic:
        query += " AND mechanic = %s"
        args.append(mechanic)
    query += " GROUP BY m ORDER BY m"
    with connection.cursor() as cur:
        cur.execute(query, args)
        data = dict(cur.fetchall())
    return JsonResponse({"year": year, "by_month": data})
