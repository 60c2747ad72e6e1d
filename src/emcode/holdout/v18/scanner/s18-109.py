def redirect_app(target_path):
    def app(environ, start_response):
        start_response("302 Found", [("Location", "/app" + target_path)])
        return [b""]
    return app
