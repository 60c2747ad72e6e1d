from django.db import connection
from django.http import JsonResponse


def plot_usage(request):
    season = request.GET.get("season", "2026")
    crop = request.GET.get("crop")
    sql = [
        "SELECT p.number, p.holder_id, c.name",
        "FROM garden_plot p JOIN garden_crop c ON c.plot_id = p.id",
        "WHERE c.season = %s",
    ]
    params = [season]
    if crop:
        sql.append("AND c.name ILIKE %s")
        params.append(crop)
    sql.append("ORDER BY p.number")
    with connection.cursor() as cur:
        cur.execute(" ".join(sql), params)
        rows = cur.fetchall()
    return JsonResponse({"plots": [{"number": n, "holder": h, "crop": c} for n, h, c in rows]})
