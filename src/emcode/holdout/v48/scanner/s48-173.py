import io

from django.http import HttpResponse, HttpResponseBadRequest
from PIL import Image

SIZES = {"small": (64, 64), "medium": (200, 200), "large": (400, 400)}


def thumbnail(request):
    size = SIZES.get(request.GET.get("size", "medium"))
    if size is None:
        return HttpResponseBadRequest("bad size")
    try:
        tutor = int(request.GET["tutor"])
    except (KeyError, ValueError):
        return HttpResponseBadRequest("bad tutor")
    img = Image.open(f"/srv/tutors/avatars/{tutor}.png")
    img.thumbnail(size)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return HttpResponse(buf.getvalue(), content_type="image/png")
