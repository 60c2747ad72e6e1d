ALLOWED_ORIGINS = {"https://app.example.com"}

def cors_middleware(app):
    def wrapped(environ, start_response):
        origin = environ.get("HTTP_ORIGIN")
        def sr(status, headers, exc_info=None):
            if origin in ALLOWED_ORIGINS:
                headers.append(("Access-Control-Allow-Origin", origin))
                headers.append(("Access-Control-Allow-Credentials", "true"))
                headers.append(("Vary", "Origin"))
            return start_response(status, headers, exc_info)
        return app(environ, sr)
    return wrapped
