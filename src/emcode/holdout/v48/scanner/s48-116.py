from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET


@require_GET
def site_search(request):
    trench = request.GET.get("trench", "")
    rows = format_html("<tr><td>No finds matched trench <em>{}</em></td></tr>", trench)
    html = format_html("<table class='finds'>{}</table>", rows)
    return HttpResponse(html)
