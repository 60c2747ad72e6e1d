from django.http import JsonResponse

from .models import Inspection


def inspections_for_hive(request):
    hive_id = request.GET.get("hive")
    sql = "SELECT * FROM apiary_inspection WHERE hive_id = %s"
    rows = Inspection.objects.raw(sql, [hive_id])
    return JsonResponse({"inspections": [r.summary for r in rows]})
