def redirect_app(target):
    def app(environ, start_response):
        start_response("303 See Other", [("Location", target), ("Content-Length", "0")])
        return [b""]
    return app
