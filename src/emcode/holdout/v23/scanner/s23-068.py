from django.http import JsonResponse
from .models import Patient


def search_patients(request):
    term = request.GET.get("q", "").strip()
    clinic = request.GET.get("clinic", "")
    sql = "SELECT id, first_name, last_name FROM clinic_patient WHERE clinic_code = %s"
    params = [clinic]
    if term:
        sql += " AND (last_name ILIKE %s OR first_name ILIKE %s)"
        like = f"%{term}%"
        params += [like, like]
    patients = Patient.objects.raw(sql, params)
    return JsonResponse({"results": [{"id": p.id, "name": f"{p.first_name} {p.last_name}"} for p in patients]})
