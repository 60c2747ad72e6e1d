from django.db import connection
from django.http import JsonResponse


def appointments(request):
    tuner = request.GET.get("tuner")
    since = request.GET.get("since")
    clauses = ["cancelled = false"]
    args = []
    if tuner:
        clauses.append("tuner_id = %s")
        args.append(int(tuner))
    if since:
        clauses.append("starts_at >= %s")
        args.append(since)
    query = "SELECT id, client, starts_at FROM tuning_appointment WHERE " + " AND ".join(clauses)
    with connection.cursor() as cur:
        cur.execute(query, args)
        data = cur.fetchall()
    return JsonResponse({"appointments": [list(r) for r in data]})
