from urllib.parse import urlparse

from django.http import JsonResponse
from django.views.decorators.http import require_GET

CALLBACK_HOSTS = {"hooks.gardenshare.org", "gardenshare.org"}


@require_GET
def validate_callback(request):
    url = request.GET.get("url", "")
    p = urlparse(url)
    ok = p.scheme == "https" and p.hostname in CALLBACK_HOSTS and p.username is None
    return JsonResponse({"valid": ok})
