import os

from django.conf import settings
from django.http import HttpResponse


def download(request):
    name = request.GET.get("name", "")
    with open(os.path.join(settings.MEDIA_ROOT, "exports", name), "rb") as fh:
        data = fh.read()
    resp = HttpResponse(data, content_type="application/octet-stream")
    resp["Content-Disposition"] = "attachment"
    return resp
