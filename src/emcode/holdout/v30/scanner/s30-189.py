import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse


@login_required
def download_xray(request):
    name = request.GET["name"]
    path = os.path.join(settings.MEDIA_ROOT, "xrays", name)
    return FileResponse(open(path, "rb"), as_attachment=True)
