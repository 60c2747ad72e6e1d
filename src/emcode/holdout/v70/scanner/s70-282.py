from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def plot_lookup(request):
    ref = request.GET.get("ref", "")
    message = f"<p>No plot found with reference {ref}</p>"
    return HttpResponse(message, status=404)
