from django.db import connection
from django.http import JsonResponse


def search_records(request):
    clauses = ["1=1"]
    surname = request.GET.get("surname")
    parish = request.GET.get("parish")
    if surname:
        clauses.append("surname LIKE '%" + surname + "%'")
    if parish:
        clauses.append("parish = '%s'" % parish)
    sql = "SELECT id, given, surname FROM records WHERE " + " AND ".join(clauses)
    with connection.cursor() as cur:
        cur.execute(sql)
        rows = cur.fetchall()
    return JsonResponse({"results": rows})
