class CorsMiddleware:
    def __init__(self, app, allowed=("https://app.example.com",)):
        self.app = app
        self.allowed = frozenset(allowed)

    def __call__(self, environ, start_response):
        origin = environ.get("HTTP_ORIGIN", "")

        def _start(status, headers, exc_info=None):
            if origin in self.allowed:
                headers.append(("Access-Control-Allow-Origin", origin))
                headers.append(("Access-Control-Allow-Credentials", "true"))
                headers.append(("Vary", "Origin"))
            return start_response(status, headers, exc_info)

        return self.app(environ, _start)
