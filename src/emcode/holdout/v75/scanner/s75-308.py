import os

from django.http import FileResponse, Http404

SCAN_ROOT = "/srv/archive/scans"


def download_scan(request):
    rel = request.GET.get("path", "")
    full = os.path.normpath(os.path.join(SCAN_ROOT, rel))
    if not os.path.exists(full):
        raise Http404
    return FileResponse(open(full, "rb"), as_attachment=True)
