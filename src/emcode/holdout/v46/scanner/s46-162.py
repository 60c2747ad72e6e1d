from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET


@require_GET
def instrument_search(request):
    term = request.GET.get("term", "")
    html = format_html("<h2>Instruments matching '{}'</h2>", term)
    html += format_html("<p>{}</p>", "Nothing on the loan shelf matched.")
    return HttpResponse(html)
