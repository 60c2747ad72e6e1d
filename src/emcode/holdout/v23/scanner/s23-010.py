import psycopg2
from django.http import JsonResponse, HttpResponseBadRequest
from django.conf import settings

SORT_COLUMNS = {"joined": "joined_at", "email": "email"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def list_listeners(request):
    sort_key = request.GET.get("sort", "joined")
    dir_key = request.GET.get("dir", "desc").lower()
    if sort_key not in SORT_COLUMNS or dir_key not in DIRECTIONS:
        return HttpResponseBadRequest("bad sort")
    try:
        podcast_id = int(request.GET.get("podcast", "0"))
    except ValueError:
        return HttpResponseBadRequest("bad podcast id")
    sql = "SELECT email, joined_at FROM listeners WHERE podcast_id = %s"
    sql += " ORDER BY " + SORT_COLUMNS[sort_key] + " " + DIRECTIONS[dir_key]
    conn = psycopg2.connect(settings.LISTENER_DSN)
    with conn, conn.cursor() as cur:
        cur.execute(sql, (podcast_id,))
        rows = cur.fetchall()
    return JsonResponse({"listeners": [{"email": e, "joined": str(j)} for e, j in rows]})
