from django.conf import settings


class PartnerCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.allowed = frozenset(getattr(settings, "PARTNER_ORIGINS", ()))

    def __call__(self, request):
        response = self.get_response(request)
        origin = request.META.get("HTTP_ORIGIN")
        if origin in self.allowed:
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Allow-Credentials"] = "true"
            response["Vary"] = "Origin"
        return response
