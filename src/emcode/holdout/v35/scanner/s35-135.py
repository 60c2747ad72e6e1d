from urllib.parse import urlsplit

from django.http import HttpResponseForbidden

TRUSTED_ORIGINS = {"checkout.printpal.example", "printpal.example"}


class PartnerOriginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/partner/"):
            origin = request.headers.get("Origin", "")
            host = urlsplit(origin).hostname
            if urlsplit(origin).scheme != "https" or host not in TRUSTED_ORIGINS:
                return HttpResponseForbidden("origin not allowed")
        return self.get_response(request)
