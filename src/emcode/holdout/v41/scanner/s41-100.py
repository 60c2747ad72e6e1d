from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def flight_bags(request):
    flight = request.GET.get("flight", "")
    rows = "".join(
        f"<tr><td>{tag}</td></tr>" for tag in ("0001", "0002", "0003")
    )
    content = f"<h1>Bags on flight {flight}</h1><table>{rows}</table>"
    return HttpResponse(content)
