from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def podcast_search(request):
    query = request.GET.get("q", "")
    html = f"<h2>Podcasts matching '{query}'</h2><p>Try another search.</p>"
    return HttpResponse(html)
