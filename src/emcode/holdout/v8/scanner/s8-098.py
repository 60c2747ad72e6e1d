import urllib.request

from django.http import HttpResponse


def image_proxy(request):
    host = request.GET.get("host", "cdn.example.com")
    path = request.GET.get("path", "/")
    url = "http://" + host + path
    with urllib.request.urlopen(url, timeout=5) as r:
        data = r.read()
        ctype = r.headers.get("Content-Type", "application/octet-stream")
    return HttpResponse(data, content_type=ctype)
