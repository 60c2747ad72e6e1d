from django.http import HttpResponse
from django.utils.text import slugify

from .models import Plot


def plot_csv(request):
    site = request.GET.get("site", "all")
    rows = Plot.objects.filter(site__name=site).values_list("number", "holder__name") if site != "all" else Plot.objects.values_list("number", "holder__name")
    body = "plot,holder\n" + "".join(f"{n},{h or ''}\n" for n, h in rows)
    resp = HttpResponse(body, content_type="text/csv")
    resp["Content-Disposition"] = f'attachment; filename="{slugify(site) or "plots"}.csv"'
    return resp
