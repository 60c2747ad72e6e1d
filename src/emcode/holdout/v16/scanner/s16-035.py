import logging

log = logging.getLogger("access")

_CTRL = {i: "\\x%02x" % i for i in range(32)}


def _neutral(value: str) -> str:
    return value.translate(_CTRL)[:300]


class AccessLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        log.info("%s %s %s ua=%s", request.method, _neutral(request.path), response.status_code,
                 _neutral(request.META.get("HTTP_USER_AGENT", "-")))
        return response
