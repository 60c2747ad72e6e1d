import re

from django.http import JsonResponse

BASE_DOMAIN = "tuning.example.com"
ORIGIN_RE = re.compile("https://.*" + BASE_DOMAIN)


def availability(request):
    resp = JsonResponse({"slots": ["Mon 09:00", "Tue 14:00"]})
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.search(origin):
        resp["Access-Control-Allow-Origin"] = origin
        resp["Access-Control-Allow-Credentials"] = "true"
    return resp
