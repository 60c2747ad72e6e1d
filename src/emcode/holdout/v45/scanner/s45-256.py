from urllib.parse import urlparse

from django.http import HttpResponseBadRequest, JsonResponse

APEX = "hearwell.example"


def register_callback(request):
    url = request.POST.get("callback", "")
    u = urlparse(url)
    host = (u.hostname or "").lower()
    if u.scheme != "https" or not (host == APEX or host.endswith("." + APEX)):
        return HttpResponseBadRequest("callback must be on a hearwell.example host")
    return JsonResponse({"callback": url})
