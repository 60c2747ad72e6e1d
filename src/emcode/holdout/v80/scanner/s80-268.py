import re

from django.http import JsonResponse

BASE_DOMAIN = "tuning.example.com"
ORIGIN_RE = re.compile(r"https://([a-z0-9-]+\.)?" + re.escape(BASE_DOMAIN))


def availability(request):
    resp = JsonResponse({"slots": ["Mon 09:00", "Tue 14:00"]})
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.fullmatch(origin):
        resp["Access-Control-Allow-Origin"] = origin
        resp["Vary"] = "Origin"
    return resp
