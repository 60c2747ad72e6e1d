from django.db import connection
from django.http import JsonResponse


def shifts(request):
    start = request.GET["from"]
    end = request.GET["to"]
    sql = "SELECT employee_id, COUNT(*) FROM hr_shift"
    sql += " WHERE day BETWEEN '%s' AND '%s'" % (start, end)
    sql += " GROUP BY employee_id"
    with connection.cursor() as cur:
        cur.execute(sql)
        data = cur.fetchall()
    return JsonResponse({"shifts": data})
