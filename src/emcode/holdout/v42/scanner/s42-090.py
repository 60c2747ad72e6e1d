from django.http import JsonResponse
from django.views.decorators.http import require_GET

from fleet.models import Transaction


@require_GET
def station_totals(request):
    station = request.GET.get("station", "")
    month = request.GET.get("month", "")
    sql = (
        "SELECT id, card_id, SUM(litres) AS litres FROM fleet_transaction "
        "WHERE station_code = %s AND to_char(created_at, 'YYYY-MM') = %s "
        "GROUP BY id, card_id"
    )
    rows = Transaction.objects.raw(sql, [station, month])
    return JsonResponse({"totals": [{"card": r.card_id, "litres": float(r.litres)} for r in rows]})
