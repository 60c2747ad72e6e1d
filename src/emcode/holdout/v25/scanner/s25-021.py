import os
import logging
from django.http import JsonResponse, HttpResponseNotAllowed
from django.conf import settings

logger = logging.getLogger(__name__)


def delete_attachment(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    rel = request.POST.get("path", "")
    target = os.path.join(settings.MEDIA_ROOT, "attachments", rel)
    if not os.path.isfile(target):
        return JsonResponse({"deleted": False}, status=404)
    os.remove(target)
    logger.info("attachment removed")
    return JsonResponse({"deleted": True})
