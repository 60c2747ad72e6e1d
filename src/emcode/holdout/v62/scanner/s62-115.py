import jwt
from django.conf import settings


class RoleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.role = "guest"
        token = request.COOKIES.get("session_jwt")
        if token:
            try:
                payload = jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"])
                request.role = payload.get("role", "guest")
            except jwt.PyJWTError:
                pass
        return self.get_response(request)
