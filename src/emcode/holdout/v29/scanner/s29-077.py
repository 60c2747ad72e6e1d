from django.db import connection
from django.http import JsonResponse


def league_table(request, season):
    try:
        with connection.cursor() as cur:
            cur.execute("SELECT team, pts FROM standings WHERE season = %s ORDER BY pts DESC", [season])
            rows = cur.fetchall()
    except Exception as exc:
        return JsonResponse({"error": str(exc), "type": type(exc).__name__}, status=500)
    return JsonResponse({"table": rows})
