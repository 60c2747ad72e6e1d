import os

from django.conf import settings
from django.http import JsonResponse


def upload(request):
    upload = request.FILES["document"]
    path = os.path.join(settings.MEDIA_ROOT, upload.name)
    with open(path, "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"url": settings.MEDIA_URL + upload.name})
