from django.db import connection
from django.http import JsonResponse


def bulk_status(request):
    ids = request.GET.get("ids", "").split(",")
    id_list = ",".join(ids)
    query = "SELECT id, status FROM claims_claim WHERE id IN (" + id_list + ")"
    with connection.cursor() as cur:
        cur.execute(query)
        data = cur.fetchall()
    return JsonResponse({"claims": data})
