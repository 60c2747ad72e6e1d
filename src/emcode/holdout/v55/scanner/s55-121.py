import os
import uuid

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.contrib.auth.decorators import login_required
from django.views.decorators.http import require_POST

ALLOWED = {"image/jpeg": ".jpg", "image/png": ".png"}


@login_required
@require_POST
def upload_trap_photo(request):
    f = request.FILES.get("photo")
    if f is None or f.size > 10 * 1024 * 1024:
        return JsonResponse({"error": "missing or too large"}, status=400)
    ext = ALLOWED.get(f.content_type)
    if ext is None:
        return JsonResponse({"error": "jpeg or png only"}, status=415)
    name = default_storage.save(os.path.join("traps", uuid.uuid4().hex + ext), f)
    return JsonResponse({"stored": name}, status=201)
