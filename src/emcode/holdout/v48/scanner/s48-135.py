from django.http import JsonResponse

from .models import Inspection


def inspections_for_hive(request):
    hive_id = request.GET.get("hive")
    sql = "SELECT * FROM apiary_inspection WHERE hive_id = %s" % hive_id
    rows = Inspection.objects.raw(sql)
    return JsonResponse({"inspections": [r.summary for r in rows]})
