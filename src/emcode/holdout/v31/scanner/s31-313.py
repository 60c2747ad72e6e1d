import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def upload_floorplan(request):
    f = request.FILES["floorplan"]
    dest = os.path.join(settings.MEDIA_ROOT, "public", f.name)
    with open(dest, "wb") as out:
        for chunk in f.chunks():
            out.write(chunk)
    return JsonResponse({"url": settings.MEDIA_URL + "public/" + f.name})
