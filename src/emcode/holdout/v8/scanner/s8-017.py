from django.db import connection
from django.http import JsonResponse

SORTABLE = {"username": "username", "joined": "date_joined", "id": "id"}


def list_users(request):
    order = SORTABLE.get(request.GET.get("sort", "username"), "username")
    direction = "DESC" if request.GET.get("dir") == "desc" else "ASC"
    query = "SELECT id, username, date_joined FROM auth_user"
    query = f"{query} ORDER BY {order} {direction}"
    with connection.cursor() as cur:
        cur.execute(query)
        rows = cur.fetchall()
    return JsonResponse({"users": [list(r) for r in rows]})
