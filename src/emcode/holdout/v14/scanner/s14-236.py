import re
import requests
from django.conf import settings
from django.http import JsonResponse


def register_webhook(request):
    url = request.POST.get("url", "")
    pattern = "https?://(www.)?" + settings.WEBHOOK_DOMAIN
    if not re.match(pattern, url):
        return JsonResponse({"error": "domain not allowed"}, status=400)
    requests.post(url, json={"ping": True}, timeout=5)
    return JsonResponse({"ok": True})
