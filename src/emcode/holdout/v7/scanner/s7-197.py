from django.db import connection
from django.http import JsonResponse

SORTABLE = {"score": "score", "games": "games", "name": "username"}


def leaderboard(request):
    column = SORTABLE.get(request.GET.get("order", "score"), "score")
    base = "SELECT username, score, games FROM game_stats"
    stmt = base + " ORDER BY " + column + " DESC LIMIT %s"
    with connection.cursor() as cur:
        cur.execute(stmt, [20])
        rows = cur.fetchall()
    return JsonResponse({"rows": [{"user": u, "score": s, "games": g} for u, s, g in rows]})
