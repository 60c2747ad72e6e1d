from django.http import HttpResponse
from django.views.decorators.http import require_GET

from trials.models import Site


@require_GET
def site_lookup(request):
    code = request.GET.get("site", "")
    site = Site.objects.filter(code=code).first()
    if site is None:
        return HttpResponse(f"<h2>No trial site with code {code}</h2>", status=404)
    return HttpResponse(f"<h2>{site.name}</h2><p>Enrolling: {site.is_open}</p>")
