from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse


@login_required
def billable_hours(request):
    attorney = request.GET.get("attorney")
    year = int(request.GET.get("year", 2024))
    sql = "SELECT matter_id, SUM(hours) FROM timesheets WHERE EXTRACT(YEAR FROM worked_on) = %s"
    params = [year]
    if attorney:
        sql += " AND attorney_id = %s"
        params.append(int(attorney))
    sql += " GROUP BY matter_id ORDER BY 2 DESC"
    with connection.cursor() as cur:
        cur.execute(sql, params)
        rows = cur.fetchall()
    return JsonResponse({"rows": [{"matter": r[0], "hours": float(r[1])} for r in rows]})
