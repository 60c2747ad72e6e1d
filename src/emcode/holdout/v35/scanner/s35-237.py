import uuid

from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from PIL import Image, UnidentifiedImageError


@require_POST
def upload_pet_photo(request, pet_id):
    f = request.FILES.get("photo")
    if f is None or f.size > 5 * 1024 * 1024:
        return JsonResponse({"error": "photo missing or too large"}, status=400)
    try:
        img = Image.open(f)
        img.verify()
    except (UnidentifiedImageError, OSError):
        return JsonResponse({"error": "not an image"}, status=400)
    ext = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}.get(img.format)
    if ext is None:
        return JsonResponse({"error": "unsupported format"}, status=400)
    f.seek(0)
    name = default_storage.save(f"pets/{int(pet_id)}/{uuid.uuid4().hex}.{ext}", f)
    return JsonResponse({"url": default_storage.url(name)}, status=201)
