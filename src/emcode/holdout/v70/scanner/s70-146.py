from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET


@require_GET
def plot_lookup(request):
    ref = request.GET.get("ref", "")
    message = format_html("<p>No plot found with reference {}</p>", ref)
    return HttpResponse(message, status=404)
