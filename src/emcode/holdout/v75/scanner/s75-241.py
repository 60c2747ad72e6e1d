from django.http import HttpResponse
from django.views.decorators.http import require_GET

from .models import Plot


@require_GET
def plot_waiting_list(request):
    site = request.GET.get("site", "")
    count = Plot.objects.filter(site__name=site, holder__isnull=True).count()
    body = f"<h1>Waiting list for {site}</h1><p>{count} vacant plots</p>"
    return HttpResponse(body)
