from django.db import connection
from django.http import JsonResponse


def tickets(request):
    status = request.GET.get("status", "open")
    team = request.GET.get("team")
    sql = "SELECT id, title, assignee FROM helpdesk_ticket"
    sql += f" WHERE status = '{status}'"
    if team:
        sql += " AND team = '" + team + "'"
    with connection.cursor() as cur:
        cur.execute(sql)
        rows = cur.fetchall()
    return JsonResponse({"tickets": [dict(id=r[0], title=r[1], assignee=r[2]) for r in rows]})
