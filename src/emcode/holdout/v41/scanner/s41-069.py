from django.http import JsonResponse

from .models import Visit


def visits_report(request):
    sql = "SELECT v.id, v.date, v.reason FROM clinic_visit v JOIN clinic_patient p ON p.id = v.patient_id"
    where, params = [], []
    if request.GET.get("species"):
        where.append("p.species = %s")
        params.append(request.GET["species"])
    if request.GET.get("since"):
        where.append("v.date >= %s")
        params.append(request.GET["since"])
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY v.date DESC LIMIT 200"
    rows = Visit.objects.raw(sql, params)
    return JsonResponse({"visits": [{"id": v.id, "date": str(v.date), "reason": v.reason} for v in rows]})
