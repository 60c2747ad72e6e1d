from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404


def private_media(request, relpath):
    if not request.user.is_authenticated:
        raise Http404
    root = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    target = (root / relpath).resolve()
    if not target.is_relative_to(root) or not target.is_file():
        raise Http404
    return FileResponse(open(target, "rb"), as_attachment=True, filename=target.name)
