from django.db import connection
from django.http import JsonResponse


def list_users(request):
    order = request.GET.get("sort", "username")
    direction = request.GET.get("dir", "asc")
    query = "SELECT id, username, date_joined FROM auth_user"
    query = "{} ORDER BY {} {}".format(query, order, direction)
    with connection.cursor() as cur:
        cur.execute(query)
        rows = cur.fetchall()
    return JsonResponse({"users": [list(r) for r in rows]})
