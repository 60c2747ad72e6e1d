from django.db import connection
from django.http import JsonResponse, HttpResponseBadRequest


def bulk_status(request):
    try:
        ids = [int(x) for x in request.GET.get("ids", "").split(",") if x]
    except ValueError:
        return HttpResponseBadRequest("ids must be integers")
    if not ids or len(ids) > 100:
        return HttpResponseBadRequest("1-100 ids")
    placeholders = ", ".join(["%s"] * len(ids))
    query = "SELECT id, status FROM claims_claim WHERE id IN (" + placeholders + ")"
    with connection.cursor() as cur:
        cur.execute(query, ids)
        data = cur.fetchall()
    return JsonResponse({"claims": data})
