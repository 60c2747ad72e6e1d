from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET


@require_GET
def flight_bags(request):
    flight = request.GET.get("flight", "")
    rows = "".join(
        f"<tr><td>{tag}</td></tr>" for tag in ("0001", "0002", "0003")
    )
    heading = format_html("<h1>Bags on flight {}</h1>", flight)
    return HttpResponse(heading + "<table>" + rows + "</table>")
