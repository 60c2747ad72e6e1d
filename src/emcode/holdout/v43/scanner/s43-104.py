import json

from django.db import connection
from django.http import JsonResponse


def dock_stats(request):
    try:
        with connection.cursor() as cur:
            cur.execute("SELECT dock_id, AVG(free_slots) FROM dock_samples GROUP BY dock_id")
            rows = cur.fetchall()
    except Exception as exc:
        return JsonResponse({"error": repr(exc), "sql_state": getattr(exc, "pgcode", None)}, status=500)
    return JsonResponse({"stats": rows})
