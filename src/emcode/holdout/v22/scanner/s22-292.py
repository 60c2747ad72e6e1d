from datetime import date

from django.db import connection
from django.http import JsonResponse


def shifts(request):
    try:
        start = date.fromisoformat(request.GET["from"])
        end = date.fromisoformat(request.GET["to"])
    except (KeyError, ValueError):
        return JsonResponse({"error": "from/to must be ISO dates"}, status=400)
    sql = "SELECT employee_id, COUNT(*) FROM hr_shift"
    sql += " WHERE day BETWEEN %s AND %s"
    sql += " GROUP BY employee_id"
    with connection.cursor() as cur:
        cur.execute(sql, [start, end])
        data = cur.fetchall()
    return JsonResponse({"shifts": data})
