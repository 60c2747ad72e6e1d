from django.db import connection
from django.http import JsonResponse


def owner_lookup(request):
    surname = request.GET.get("surname", "")
    query = "SELECT id, first_name, last_name, phone FROM clinic_owner"
    query += " WHERE last_name LIKE '%%%s%%'" % surname
    query += " ORDER BY last_name LIMIT 20"
    with connection.cursor() as cur:
        cur.execute(query)
        rows = cur.fetchall()
    return JsonResponse({"owners": rows})
