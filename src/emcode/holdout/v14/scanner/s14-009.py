from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Ticket


@require_GET
def ticket_search(request):
    words = request.GET.get("q", "").split()[:5]
    sql = "SELECT * FROM helpdesk_ticket WHERE 1=1"
    params = []
    for word in words:
        sql += " AND subject LIKE %s"
        params.append("%" + word + "%")
    sql += " ORDER BY opened_at DESC"
    tickets = Ticket.objects.raw(sql, params)[:25]
    return JsonResponse({"tickets": [{"id": t.id, "subject": t.subject} for t in tickets]})
