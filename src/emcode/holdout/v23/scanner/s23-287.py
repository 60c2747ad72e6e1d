from django.db import connection
from django.http import JsonResponse


def find_students(request):
    term = request.GET.get("name", "")
    pattern = "%" + term + "%"
    sql = "SELECT id, first_name, last_name FROM school_student"
    sql += " WHERE last_name LIKE '" + pattern + "'"
    with connection.cursor() as cur:
        cur.execute(sql)
        rows = cur.fetchall()
    return JsonResponse({"students": rows})
