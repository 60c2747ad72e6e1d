import uuid

from django.contrib.auth.decorators import login_required
from django.core.files.storage import FileSystemStorage
from django.http import JsonResponse
from django.views.decorators.http import require_POST

ALLOWED = {".pdf", ".png", ".jpg"}
storage = FileSystemStorage(location="/srv/permits/attachments")


@login_required
@require_POST
def attach(request, permit_id: int):
    f = request.FILES.get("file")
    if f is None or f.size > 10 * 1024 * 1024:
        return JsonResponse({"error": "file missing or too large"}, status=400)
    ext = "." + f.name.rsplit(".", 1)[-1].lower() if "." in f.name else ""
    if ext not in ALLOWED:
        return JsonResponse({"error": "pdf, png or jpg only"}, status=400)
    saved = storage.save(f"{int(permit_id)}/{uuid.uuid4().hex}{ext}", f)
    return JsonResponse({"stored": saved}, status=201)
