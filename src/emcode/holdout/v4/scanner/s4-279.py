import os
from django.conf import settings
from django.http import JsonResponse


def attach(request):
    up = request.FILES["file"]
    dest = os.path.join(settings.MEDIA_ROOT, "attachments", up.name)
    with open(dest, "wb+") as fh:
        for chunk in up.chunks():
            fh.write(chunk)
    return JsonResponse({"saved": up.name})
