from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET

from trials.models import Site


@require_GET
def site_lookup(request):
    code = request.GET.get("site", "")
    site = Site.objects.filter(code=code).first()
    if site is None:
        return HttpResponse(format_html("<h2>No trial site with code {}</h2>", code), status=404)
    return HttpResponse(format_html("<h2>{}</h2><p>Enrolling: {}</p>", site.name, site.is_open))
