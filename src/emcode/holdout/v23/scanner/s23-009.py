import psycopg2
from django.http import JsonResponse
from django.conf import settings


def list_listeners(request):
    sort = request.GET.get("sort", "joined_at")
    direction = request.GET.get("dir", "DESC")
    podcast_id = int(request.GET.get("podcast", "0"))
    sql = "SELECT email, joined_at FROM listeners WHERE podcast_id = %s"
    sql = sql + " ORDER BY " + sort + " " + direction
    conn = psycopg2.connect(settings.LISTENER_DSN)
    with conn, conn.cursor() as cur:
        cur.execute(sql, (podcast_id,))
        rows = cur.fetchall()
    return JsonResponse({"listeners": [{"email": e, "joined": str(j)} for e, j in rows]})
