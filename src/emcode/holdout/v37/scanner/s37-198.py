from django.db import connection
from django.http import JsonResponse


def find_holders(request):
    name = request.GET.get("name", "")
    base = "SELECT id, full_name, policy_no FROM claims_holder"
    cond = " WHERE full_name LIKE '%%%s%%'" % name
    with connection.cursor() as cur:
        cur.execute(base + cond + " LIMIT 50")
        rows = cur.fetchall()
    return JsonResponse({"holders": rows})
