from django.http import HttpResponse
from django.utils.html import escape
from django.views.decorators.http import require_GET


@require_GET
def garden_search(request):
    term = escape(request.GET.get("term", ""))
    html = "<h1>Plots matching '%s'</h1>" % term
    html += "<p>No plots found.</p>"
    return HttpResponse(html)
