from pathlib import Path
from django.conf import settings
from django.http import FileResponse, Http404

CERT_DIR = (Path(settings.MEDIA_ROOT) / "certificates").resolve()


def certificate(request):
    fname = request.GET.get("file")
    if not fname:
        raise Http404
    target = (CERT_DIR / fname).resolve()
    if not target.is_relative_to(CERT_DIR) or not target.is_file():
        raise Http404
    return FileResponse(open(target, "rb"), content_type="application/pdf")
