import psycopg2
from django.http import JsonResponse


def team_roster(request):
    team = request.GET.get("team", "")
    order = request.GET.get("sort", "nickname")
    query = "SELECT nickname, role, elo FROM players "
    query += "WHERE team_slug = '%s' " % team
    query += "ORDER BY " + order
    conn = psycopg2.connect(dbname="esports")
    try:
        with conn.cursor() as cur:
            cur.execute(query)
            rows = cur.fetchall()
    finally:
        conn.close()
    return JsonResponse({"players": rows})
