from django.db import connection
from django.http import JsonResponse


def permit_stats(request):
    sql = ["SELECT permit_type, COUNT(*) FROM permits_permit WHERE 1 = 1"]
    params = []
    ward = request.GET.get("ward")
    if ward:
        sql.append("AND ward = %s")
        params.append(ward)
    since = request.GET.get("since")
    if since:
        sql.append("AND submitted_at >= %s")
        params.append(since)
    sql.append("GROUP BY permit_type")
    with connection.cursor() as cur:
        cur.execute(" ".join(sql), params)
        rows = cur.fetchall()
    return JsonResponse({t: n for t, n in rows})
