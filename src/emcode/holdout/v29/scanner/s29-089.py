import requests
from django.http import HttpResponse


def cover_proxy(request):
    src = request.GET.get("src", "")
    r = requests.get(src, timeout=10)
    return HttpResponse(r.content, content_type=r.headers.get("Content-Type", "image/jpeg"))
