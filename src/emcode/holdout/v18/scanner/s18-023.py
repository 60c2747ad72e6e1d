from django.http import JsonResponse
from .models import Ticket


def ticket_search(request):
    assignee = request.GET.get("assignee", "")
    clauses = ["closed = 0"]
    if assignee:
        clauses.append("assignee = '{}'".format(assignee))
    where = " AND ".join(clauses)
    sql = "SELECT * FROM support_ticket WHERE " + where
    tickets = Ticket.objects.raw(sql)
    return JsonResponse({"tickets": [t.subject for t in tickets]})
