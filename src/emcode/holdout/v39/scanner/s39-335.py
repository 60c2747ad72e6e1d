from django.db import connection
from django.http import JsonResponse


def artifacts_by_ids(request):
    ids = request.GET.get("ids", "")
    query = "SELECT accession_no, title FROM museum_artifact"
    query += " WHERE id IN (" + ids + ")"
    with connection.cursor() as cursor:
        cursor.execute(query)
        data = cursor.fetchall()
    return JsonResponse({"artifacts": data})
