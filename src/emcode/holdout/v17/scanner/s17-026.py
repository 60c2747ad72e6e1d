import logging

log = logging.getLogger("audit")


class AuditMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method in ("POST", "PUT", "DELETE"):
            user = request.user.get_username() if request.user.is_authenticated else "-"
            log.info("audit user=%r method=%s path=%r status=%d",
                     user, request.method, request.path[:200], response.status_code)
        return response
