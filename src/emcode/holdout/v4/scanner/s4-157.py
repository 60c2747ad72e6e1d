import os
from django.http import FileResponse, Http404

MEDIA = "/var/media/"


def serve_media(request):
    rel = request.GET.get("p", "")
    full = MEDIA + rel
    if not full.startswith(MEDIA):
        raise Http404()
    return FileResponse(open(full, "rb"))
