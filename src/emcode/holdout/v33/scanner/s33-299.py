from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def venue_search(request):
    city = request.GET.get("city", "")
    html = f"<h1>Wedding venues near {city}</h1><p>Loading results...</p>"
    return HttpResponse(html)
