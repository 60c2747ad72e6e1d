from django.db import connection
from django.http import JsonResponse, HttpResponseBadRequest


def artifacts_by_ids(request):
    raw = request.GET.get("ids", "")
    try:
        ids = [int(x) for x in raw.split(",") if x.strip()]
    except ValueError:
        return HttpResponseBadRequest("ids must be integers")
    if not ids:
        return JsonResponse({"artifacts": []})
    placeholders = ", ".join(["%s"] * len(ids))
    query = "SELECT accession_no, title FROM museum_artifact"
    query += f" WHERE id IN ({placeholders})"
    with connection.cursor() as cursor:
        cursor.execute(query, ids)
        data = cursor.fetchall()
    return JsonResponse({"artifacts": data})
