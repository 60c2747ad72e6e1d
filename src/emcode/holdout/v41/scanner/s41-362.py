import jwt
from django.conf import settings
from django.http import JsonResponse


class ServiceTokenMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/api/internal/"):
            auth = request.headers.get("Authorization", "")
            if not auth.startswith("Bearer "):
                return JsonResponse({"error": "missing token"}, status=401)
            try:
                request.service = jwt.decode(auth[7:], settings.SERVICE_JWT_KEY, algorithms=["HS256"],
                                             audience="bag-ops", issuer="auth.airport.example")
            except jwt.InvalidTokenError:
                return JsonResponse({"error": "invalid token"}, status=401)
        return self.get_response(request)
