from django.db import connection
from django.http import JsonResponse


def occupancy(request):
    floor = request.GET.get("floor")
    wing = request.GET.get("wing")
    sql = ["SELECT r.number, r.state, r.updated_at FROM housekeeping_room r"]
    where, params = [], []
    if floor:
        where.append("r.floor = %s")
        params.append(int(floor))
    if wing:
        where.append("r.wing = %s")
        params.append(wing)
    if where:
        sql.append("WHERE " + " AND ".join(where))
    sql.append("ORDER BY r.number")
    with connection.cursor() as cur:
        cur.execute(" ".join(sql), params)
        rows = cur.fetchall()
    return JsonResponse({"rooms": [{"number": n, "state": s, "updated": u.isoformat()} for n, s, u in rows]})
