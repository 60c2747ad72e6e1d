import uuid
from pathlib import PurePath
from django.core.files.storage import default_storage
from django.http import JsonResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST

ALLOWED_TYPES = {"application/pdf": ".pdf", "image/png": ".png", "text/plain": ".txt"}


@require_POST
def attach(request, ticket_id: int):
    upload = request.FILES.get("file")
    if upload is None or upload.size > 5_000_000:
        return HttpResponseBadRequest("missing or too large")
    ext = ALLOWED_TYPES.get(upload.content_type)
    if ext is None or PurePath(upload.name).suffix.lower() != ext:
        return HttpResponseBadRequest("file type not allowed")
    path = default_storage.save(f"tickets/{int(ticket_id)}/{uuid.uuid4().hex}{ext}", upload)
    return JsonResponse({"stored": path})
