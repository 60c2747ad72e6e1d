import jwt


class RoleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = request.COOKIES.get("session_jwt")
        request.role = "guest"
        if token:
            header = jwt.get_unverified_header(token)
            payload = jwt.decode(token, options={"verify_signature": False}, algorithms=[header.get("alg", "HS256")])
            request.role = payload.get("role", "guest")
        return self.get_response(request)
