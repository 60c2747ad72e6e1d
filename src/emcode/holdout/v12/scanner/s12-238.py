from django.db import connection
from django.http import JsonResponse


def ticket_list(request):
    q = request.GET.get("q", "")
    order = request.GET.get("order", "created")
    base = "SELECT id, title, state FROM helpdesk_ticket"
    base += " WHERE title LIKE '%%" + q + "%%'"
    base += " ORDER BY " + order
    with connection.cursor() as cursor:
        cursor.execute(base)
        tickets = [{"id": r[0], "title": r[1], "state": r[2]} for r in cursor.fetchall()]
    return JsonResponse({"tickets": tickets})
