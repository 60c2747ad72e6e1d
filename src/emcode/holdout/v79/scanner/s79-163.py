def make_wsgi_redirect(location):
    def app(environ, start_response):
        start_response("302 Found", [("Location", location), ("Content-Length", "0")])
        return [b""]
    return app
