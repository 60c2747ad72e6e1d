from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET

from .models import Plot


@require_GET
def plot_waiting_list(request):
    site = request.GET.get("site", "")
    count = Plot.objects.filter(site__name=site, holder__isnull=True).count()
    body = format_html("<h1>Waiting list for {}</h1><p>{} vacant plots</p>", site, count)
    return HttpResponse(body)
