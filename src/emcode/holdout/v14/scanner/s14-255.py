from django.db import connection
from django.http import JsonResponse


def customer_balance(request):
    email = request.GET.get("email", "")
    sql = ("SELECT SUM(amount) FROM billing_payment p "
           "JOIN billing_customer c ON c.id = p.customer_id ")
    sql += "WHERE c.email = %s"
    with connection.cursor() as cursor:
        cursor.execute(sql, [email])
        total = cursor.fetchone()[0] or 0
    return JsonResponse({"email": email, "balance": float(total)})
