from django.http import JsonResponse
from .models import Ticket


def ticket_search(request):
    assignee = request.GET.get("assignee", "")
    clauses = ["closed = 0"]
    params = []
    if assignee:
        clauses.append("assignee = %s")
        params.append(assignee)
    where = " AND ".join(clauses)
    sql = "SELECT * FROM support_ticket WHERE " + where
    tickets = Ticket.objects.raw(sql, params)
    return JsonResponse({"tickets": [t.subject for t in tickets]})
