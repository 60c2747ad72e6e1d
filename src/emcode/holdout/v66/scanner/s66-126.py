import uuid

from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.contrib.auth.decorators import login_required
from django.views.decorators.http import require_POST

ALLOWED_TYPES = {"audio/mpeg": ".mp3", "audio/ogg": ".ogg"}


@login_required
@require_POST
def upload_jingle(request):
    f = request.FILES.get("jingle")
    if f is None or f.content_type not in ALLOWED_TYPES or f.size > 20 * 1024 * 1024:
        return JsonResponse({"error": "unsupported file"}, status=400)
    name = default_storage.save(f"jingles/{uuid.uuid4().hex}{ALLOWED_TYPES[f.content_type]}", f)
    return JsonResponse({"stored": name})
