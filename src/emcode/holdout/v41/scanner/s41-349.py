import requests
from django.http import HttpResponse
from django.views.decorators.http import require_POST


@require_POST
def import_opds(request):
    feed = request.POST["feed_url"]
    r = requests.get(feed, timeout=20)
    return HttpResponse(r.text, content_type="application/atom+xml")
