from django.http import JsonResponse

from .models import Station


def station_search(request):
    q = request.GET.get("q", "")
    sql = "SELECT * FROM stations_station WHERE name LIKE '%%%s%%'" % q
    found = Station.objects.raw(sql)
    return JsonResponse({"stations": [s.name for s in found]})
