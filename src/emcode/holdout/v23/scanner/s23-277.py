import uuid
from pathlib import PurePath
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.contrib.auth.decorators import login_required
from django.views.decorators.http import require_POST

ALLOWED = {".mp3": "audio/mpeg", ".m4a": "audio/mp4"}


@login_required
@require_POST
def upload_episode(request):
    f = request.FILES.get("audio")
    if f is None:
        return JsonResponse({"error": "no file"}, status=400)
    ext = PurePath(f.name).suffix.lower()
    if ALLOWED.get(ext) != f.content_type or f.size > 300 * 1024 * 1024:
        return JsonResponse({"error": "mp3/m4a up to 300 MB"}, status=400)
    stored = default_storage.save(f"episodes/{uuid.uuid4().hex}{ext}", f)
    return JsonResponse({"stored": stored}, status=201)
