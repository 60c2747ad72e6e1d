import json
import urllib.request

from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def preview_link(request):
    url = request.GET["url"]
    with urllib.request.urlopen(url, timeout=5) as resp:
        head = resp.read(4096).decode("utf-8", "replace")
    title = head.split("<title>", 1)[-1].split("</title>", 1)[0] if "<title>" in head else ""
    return JsonResponse({"title": title[:200]})
