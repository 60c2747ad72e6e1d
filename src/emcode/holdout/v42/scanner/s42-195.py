from django.db import connection
from django.http import JsonResponse


def card_transactions(request):
    card = request.GET.get("card", "")
    since = request.GET.get("since")
    query = "SELECT id, station_code, litres, amount, created_at FROM fleet_transaction"
    conditions = ["card_number = '{}'".format(card)]
    if since:
        conditions.append("created_at >= '{}'".format(since))
    query = query + " WHERE " + " AND ".join(conditions)
    with connection.cursor() as cur:
        cur.execute(query)
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})
