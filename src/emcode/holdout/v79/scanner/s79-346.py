from urllib.parse import quote


def make_wsgi_redirect(path):
    location = "/" + quote(path.lstrip("/"), safe="/-_.~")
    def app(environ, start_response):
        start_response("302 Found", [("Location", location), ("Content-Length", "0")])
        return [b""]
    return app
