from django.db import connection
from django.http import JsonResponse


def busiest_zones(request):
    sql = ["SELECT zone, COUNT(*) FROM dispatch_job WHERE created >= %s"]
    params = [request.GET.get("since", "2025-01-01")]
    if request.GET.get("vehicle"):
        sql.append("AND vehicle = %s")
        params.append(request.GET["vehicle"])
    sql.append("GROUP BY zone ORDER BY 2 DESC LIMIT 10")
    with connection.cursor() as cur:
        cur.execute(" ".join(sql), params)
        rows = cur.fetchall()
    return JsonResponse({"zones": rows})
