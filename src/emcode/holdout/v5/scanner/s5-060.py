def cors_middleware(app):
    def wrapped(environ, start_response):
        origin = environ.get("HTTP_ORIGIN", "*")
        def sr(status, headers, exc_info=None):
            headers.append(("Access-Control-Allow-Origin", origin))
            headers.append(("Access-Control-Allow-Credentials", "true"))
            return start_response(status, headers, exc_info)
        return app(environ, sr)
    return wrapped
