from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET


@require_GET
def venue_search(request):
    city = request.GET.get("city", "")
    html = format_html("<h1>Wedding venues near {}</h1><p>Loading results...</p>", city)
    return HttpResponse(html)
