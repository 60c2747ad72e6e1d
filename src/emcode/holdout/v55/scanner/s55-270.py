from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def vintage_summary(request):
    region = request.GET.get("region")
    sql = [
        "SELECT vintage, COUNT(*), SUM(quantity)",
        "FROM cellar_bottle",
    ]
    params = []
    if region:
        sql.append("WHERE region = %s")
        params.append(region)
    sql.append("GROUP BY vintage ORDER BY vintage DESC")
    with connection.cursor() as cur:
        cur.execute(" ".join(sql), params)
        rows = cur.fetchall()
    return JsonResponse({"rows": [{"vintage": v, "labels": c, "bottles": q} for v, c, q in rows]})
