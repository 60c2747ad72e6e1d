import uuid
from pathlib import PurePath

from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

ALLOWED_EXT = {".pdf", ".jpg", ".png"}


@login_required
@require_POST
def upload_inspection_photo(request):
    f = request.FILES.get("photo")
    if f is None:
        return HttpResponseBadRequest("no file")
    ext = PurePath(f.name).suffix.lower()
    if ext not in ALLOWED_EXT or f.size > 10 * 1024 * 1024:
        return HttpResponseBadRequest("unsupported file")
    name = default_storage.save(f"inspections/{uuid.uuid4().hex}{ext}", f)
    return JsonResponse({"stored": name})
