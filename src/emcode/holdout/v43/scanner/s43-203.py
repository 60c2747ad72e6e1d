from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def incident_summary(request):
    shaft = request.GET.get("shaft", "A")
    reporter = request.GET.get("reporter", "unknown")
    body = f"<h1>Incident summary for shaft {shaft}</h1><p>Filed by {reporter}</p>"
    return HttpResponse(body)
