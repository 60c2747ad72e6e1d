from django.http import JsonResponse
from .models import Reading


def station_readings(request):
    station = request.GET.get("station", "")
    since = request.GET.get("since", "2020-01-01")
    sql = "SELECT id, station, temp_c, taken_at FROM weather_reading"
    sql += " WHERE station = %s"
    params = [station]
    sql += " AND taken_at >= %s"
    params.append(since)
    sql += " ORDER BY taken_at"
    data = [
        {"station": r.station, "temp": r.temp_c, "at": r.taken_at.isoformat()}
        for r in Reading.objects.raw(sql, params)
    ]
    return JsonResponse({"readings": data})
