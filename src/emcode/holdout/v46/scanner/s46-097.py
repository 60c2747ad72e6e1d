import uuid

from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.views.decorators.http import require_POST

ALLOWED = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}


@require_POST
def upload_certificate(request):
    f = request.FILES.get("certificate")
    if f is None or f.size > 5 * 1024 * 1024:
        return JsonResponse({"error": "missing or too large"}, status=400)
    ext = ALLOWED.get(f.content_type)
    if ext is None:
        return JsonResponse({"error": "unsupported type"}, status=415)
    name = default_storage.save(f"certificates/{uuid.uuid4().hex}.{ext}", f)
    return JsonResponse({"stored": name}, status=201)
