import os

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def upload_logo(request):
    f = request.FILES["logo"]
    if ".png" not in f.name and ".jpg" not in f.name:
        return JsonResponse({"error": "images only"}, status=400)
    path = os.path.join(settings.MEDIA_ROOT, "logos", f.name)
    with open(path, "wb") as out:
        for chunk in f.chunks():
            out.write(chunk)
    return JsonResponse({"url": settings.MEDIA_URL + "logos/" + f.name})
