from django.db import connection
from django.http import JsonResponse


def prescriptions(request):
    patient = request.GET.get("patient_id")
    sort = request.GET.get("sort", "filled_on")
    sql = "SELECT rx_number, drug, qty, filled_on FROM rx WHERE patient_id = %s"
    sql = sql + " ORDER BY " + sort
    with connection.cursor() as cur:
        cur.execute(sql, [patient])
        rows = cur.fetchall()
    return JsonResponse({"rx": rows})
