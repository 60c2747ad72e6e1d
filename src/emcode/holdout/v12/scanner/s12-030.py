from django.db import connection
from django.http import JsonResponse

ORDERINGS = {"created": "created_at", "title": "title", "state": "state"}


def ticket_list(request):
    q = request.GET.get("q", "")
    order = ORDERINGS.get(request.GET.get("order", "created"), "created_at")
    base = "SELECT id, title, state FROM helpdesk_ticket"
    base += " WHERE title LIKE %s"
    base += " ORDER BY " + order
    with connection.cursor() as cursor:
        cursor.execute(base, ["%" + q + "%"])
        tickets = [{"id": r[0], "title": r[1], "state": r[2]} for r in cursor.fetchall()]
    return JsonResponse({"tickets": tickets})
