import posixpath
import urllib.request

from django.http import HttpResponse, HttpResponseBadRequest

CDN = "https://cdn.example.com"


def image_proxy(request):
    path = posixpath.normpath("/" + request.GET.get("path", ""))
    if not path.startswith("/images/") or "@" in path:
        return HttpResponseBadRequest("bad path")
    with urllib.request.urlopen(CDN + path, timeout=5) as r:
        data = r.read()
    return HttpResponse(data, content_type="image/png")
