from django.http import JsonResponse
from .models import Reading


def station_readings(request):
    station = request.GET.get("station", "")
    since = request.GET.get("since", "2020-01-01")
    base = (
        "SELECT id, station, temp_c, taken_at "
        "FROM weather_reading "
    )
    where = "WHERE station = '" + station + "' "
    where += "AND taken_at >= '" + since + "' "
    qs = Reading.objects.raw(base + where + "ORDER BY taken_at")
    data = [
        {"station": r.station, "temp": r.temp_c, "at": r.taken_at.isoformat()}
        for r in qs
    ]
    return JsonResponse({"readings": data})
