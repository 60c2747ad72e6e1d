from django.db import connection
from django.http import JsonResponse

SORTS = {"filled": "filled_on", "drug": "drug", "qty": "qty"}


def prescriptions(request):
    patient = request.GET.get("patient_id")
    sort = SORTS.get(request.GET.get("sort", "filled"), "filled_on")
    sql = "SELECT rx_number, drug, qty, filled_on FROM rx WHERE patient_id = %s"
    sql = sql + " ORDER BY " + sort
    with connection.cursor() as cur:
        cur.execute(sql, [patient])
        rows = cur.fetchall()
    return JsonResponse({"rx": rows})
