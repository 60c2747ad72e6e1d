from django.db import connection
from django.http import JsonResponse


def case_search(request):
    term = request.GET.get("q", "")
    sql = "SELECT id, title, status FROM cases_case"
    sql += " WHERE title ILIKE '%%" + term + "%%'"
    with connection.cursor() as cur:
        cur.execute(sql)
        rows = cur.fetchall()
    return JsonResponse({"results": [{"id": r[0], "title": r[1], "status": r[2]} for r in rows]})
