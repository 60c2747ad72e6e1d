from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET


@require_GET
def incident_summary(request):
    shaft = request.GET.get("shaft", "A")
    reporter = request.GET.get("reporter", "unknown")
    body = format_html("<h1>Incident summary for shaft {}</h1><p>Filed by {}</p>", shaft, reporter)
    return HttpResponse(body)
