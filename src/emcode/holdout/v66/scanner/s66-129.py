from django.http import JsonResponse

from .models import Sailing


def search_sailings(request):
    port = request.GET.get("port", "")
    sql = "SELECT * FROM ferries_sailing WHERE departure_port LIKE '%%%s%%'" % port
    results = [{"id": s.id, "depart": s.departs_at.isoformat()} for s in Sailing.objects.raw(sql)]
    return JsonResponse({"results": results})
