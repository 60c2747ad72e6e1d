from django.db import connection
from django.http import JsonResponse


def search_tracks(request):
    text = request.GET.get("q", "")
    sql = ["SELECT t.id, t.title, a.name FROM tracks t",
           "JOIN artists a ON a.id = t.artist_id"]
    if text:
        sql.append("WHERE t.title ILIKE '%{0}%' OR a.name ILIKE '%{0}%'".format(text))
    sql.append("ORDER BY t.plays DESC LIMIT 25")
    with connection.cursor() as cur:
        cur.execute(" ".join(sql))
        rows = cur.fetchall()
    return JsonResponse({"results": [{"id": r[0], "title": r[1], "artist": r[2]} for r in rows]})
