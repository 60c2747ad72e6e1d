from django.db import connection
from django.http import JsonResponse


def leaderboard(request):
    order = request.GET.get("order", "score")
    base = "SELECT username, score, games FROM game_stats"
    limit = " LIMIT 20"
    stmt = base + " ORDER BY " + order + " DESC" + limit
    with connection.cursor() as cur:
        cur.execute(stmt)
        rows = cur.fetchall()
    return JsonResponse({"rows": [{"user": u, "score": s, "games": g} for u, s, g in rows]})
