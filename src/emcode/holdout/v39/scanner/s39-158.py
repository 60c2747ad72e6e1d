from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET


@require_GET
def podcast_search(request):
    query = request.GET.get("q", "")
    html = format_html("<h2>Podcasts matching '{}'</h2><p>Try another search.</p>", query)
    return HttpResponse(html)
