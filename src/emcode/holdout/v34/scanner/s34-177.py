import os

from django.http import FileResponse, Http404

SCAN_ROOT = os.path.realpath("/srv/archive/scans")


def scan(request):
    name = request.GET.get("file", "")
    path = os.path.realpath(os.path.join(SCAN_ROOT, name))
    if not path.startswith(SCAN_ROOT + os.sep) or not os.path.isfile(path):
        raise Http404()
    return FileResponse(open(path, "rb"))
