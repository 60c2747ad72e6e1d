import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404


@login_required
def download_export(request):
    name = request.GET.get("file", "")
    path = os.path.join(settings.MEDIA_ROOT, "exports", name)
    if not os.path.exists(path):
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)
