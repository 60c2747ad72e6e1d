import httpx
from django.http import JsonResponse


def test_webhook(request):
    url = request.POST["url"]
    if not url.startswith(("http://", "https://")):
        return JsonResponse({"error": "bad scheme"}, status=400)
    r = httpx.post(url, json={"ping": True}, timeout=5)
    return JsonResponse({"status": r.status_code})
