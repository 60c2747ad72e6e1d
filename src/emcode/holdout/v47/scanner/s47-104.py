import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def upload_flash(request):
    f = request.FILES.get("sheet")
    if f is None or not f.content_type.startswith("image/"):
        return HttpResponseBadRequest("image required")
    dest = os.path.join(settings.MEDIA_ROOT, "flash", f.name)
    with open(dest, "wb") as out:
        for chunk in f.chunks():
            out.write(chunk)
    return JsonResponse({"url": settings.MEDIA_URL + "flash/" + f.name})
