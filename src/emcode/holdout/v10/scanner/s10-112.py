from django.db import connection
from django.http import JsonResponse


def invoices(request):
    customer = request.GET.get("customer")
    status = request.GET.get("status", "open")
    clauses = ["status = %s"]
    args = [status]
    if customer:
        clauses.append("customer_name LIKE %s")
        args.append("%" + customer + "%")
    query = "SELECT id, total FROM billing_invoice WHERE " + " AND ".join(clauses)
    with connection.cursor() as cur:
        cur.execute(query, args)
        data = cur.fetchall()
    return JsonResponse({"invoices": data})
