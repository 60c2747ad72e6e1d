from django.db import connection
from django.http import JsonResponse


def find_students(request):
    term = request.GET.get("name", "")
    pattern = "%" + term.replace("%", r"\%").replace("_", r"\_") + "%"
    sql = "SELECT id, first_name, last_name FROM school_student"
    sql += " WHERE last_name LIKE %s"
    sql += " ORDER BY last_name LIMIT 50"
    with connection.cursor() as cur:
        cur.execute(sql, [pattern])
        rows = cur.fetchall()
    return JsonResponse({"students": rows})
