import psycopg2
from django.http import JsonResponse

SORTABLE = {"nickname": "nickname", "elo": "elo DESC", "role": "role, nickname"}


def team_roster(request):
    team = request.GET.get("team", "")
    order = SORTABLE.get(request.GET.get("sort", "nickname"), "nickname")
    query = "SELECT nickname, role, elo FROM players "
    query += "WHERE team_slug = %s "
    query += "ORDER BY " + order
    conn = psycopg2.connect(dbname="esports")
    try:
        with conn.cursor() as cur:
            cur.execute(query, (team,))
            rows = cur.fetchall()
    finally:
        conn.close()
    return JsonResponse({"players": rows})
