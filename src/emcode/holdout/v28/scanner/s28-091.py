from django.db import connection
from django.http import JsonResponse


def search_tracks(request):
    text = request.GET.get("q", "")
    sql = ["SELECT t.id, t.title, a.name FROM tracks t",
           "JOIN artists a ON a.id = t.artist_id"]
    params = []
    if text:
        sql.append("WHERE t.title ILIKE %s OR a.name ILIKE %s")
        like = f"%{text}%"
        params += [like, like]
    sql.append("ORDER BY t.plays DESC LIMIT 25")
    with connection.cursor() as cur:
        cur.execute(" ".join(sql), params)
        rows = cur.fetchall()
    return JsonResponse({"results": [{"id": r[0], "title": r[1], "artist": r[2]} for r in rows]})
