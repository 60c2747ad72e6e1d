from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def instrument_search(request):
    term = request.GET.get("term", "")
    rows = []
    html = f"<h2>Instruments matching '{term}'</h2>"
    if not rows:
        html += "<p>Nothing on the loan shelf matched.</p>"
    return HttpResponse(html)
