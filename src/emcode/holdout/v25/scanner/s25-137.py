import logging
from pathlib import Path
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseNotAllowed

logger = logging.getLogger(__name__)


@login_required
def delete_attachment(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    root = (Path(settings.MEDIA_ROOT) / "attachments").resolve()
    target = (root / request.POST.get("path", "")).resolve()
    if not target.is_relative_to(root) or not target.is_file():
        return JsonResponse({"deleted": False}, status=404)
    target.unlink()
    logger.info("attachment removed")
    return JsonResponse({"deleted": True})
