from django.db import connection
from django.http import JsonResponse


def tree_report(request):
    block = request.GET.get("block", "A")
    variety = request.GET.get("variety")
    sql = "SELECT row_no, tree_no, last_watered FROM orchard_tree WHERE block = '%s'" % block
    if variety:
        sql = sql + " AND variety = '%s'" % variety
    with connection.cursor() as cur:
        cur.execute(sql)
        rows = cur.fetchall()
    return JsonResponse({"trees": rows})
