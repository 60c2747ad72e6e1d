import os

from django.http import FileResponse, Http404

SCAN_ROOT = "/srv/archive/scans"


def scan(request):
    name = request.GET.get("file", "")
    path = os.path.join(SCAN_ROOT, name)
    if not os.path.isfile(path):
        raise Http404()
    return FileResponse(open(path, "rb"))
