from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET


@require_GET
def meter_status(request):
    meter_id = request.GET.get("meter", "")
    html = format_html("<h3>Meter {}</h3><p>Last reading pending.</p>", meter_id)
    return HttpResponse(html)
