import uuid

from django.core.files.storage import default_storage
from django.http import JsonResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST

OK_TYPES = {".mp3": "audio/mpeg", ".m4a": "audio/mp4"}


@require_POST
def upload_backing_track(request):
    f = request.FILES.get("track")
    if f is None or f.size > 20 * 1024 * 1024:
        return HttpResponseBadRequest("missing or too large")
    ext = "." + f.name.rsplit(".", 1)[-1].lower() if "." in f.name else ""
    if ext not in OK_TYPES:
        return HttpResponseBadRequest("unsupported type")
    saved = default_storage.save(f"tracks/{uuid.uuid4().hex}{ext}", f)
    return JsonResponse({"path": saved})
