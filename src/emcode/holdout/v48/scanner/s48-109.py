from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def site_search(request):
    trench = request.GET.get("trench", "")
    rows = "<tr><td>No finds matched trench <em>%s</em></td></tr>" % trench
    html = "<table class='finds'>" + rows + "</table>"
    return HttpResponse(html)
