from urllib.parse import urlsplit
import requests
from django.http import JsonResponse
from .models import RegisteredWebhook


def test_webhook(request):
    url = request.POST.get("url", "")
    parts = urlsplit(url)
    registered = set(RegisteredWebhook.objects.filter(account=request.user.account).values_list("url", flat=True))
    if parts.scheme != "https" or url not in registered:
        return JsonResponse({"error": "register this webhook first"}, status=400)
    r = requests.post(url, json={"ping": True}, timeout=5, allow_redirects=False)
    return JsonResponse({"status": r.status_code})
