import os
from django.conf import settings
from django.http import FileResponse, Http404


def report(request):
    name = request.GET.get("file", "")
    path = os.path.join(settings.MEDIA_ROOT, "reports", name)
    if not os.path.isfile(path):
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)
