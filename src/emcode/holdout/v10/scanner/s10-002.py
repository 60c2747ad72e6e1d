from django.db import connection
from django.http import JsonResponse


def invoices(request):
    customer = request.GET.get("customer")
    status = request.GET.get("status", "open")
    clauses = ["status = '" + status + "'"]
    if customer:
        clauses.append("customer_name LIKE '%" + customer + "%'")
    where = " AND ".join(clauses)
    query = "SELECT id, total FROM billing_invoice WHERE " + where
    with connection.cursor() as cur:
        cur.execute(query)
        data = cur.fetchall()
    return JsonResponse({"invoices": data})
