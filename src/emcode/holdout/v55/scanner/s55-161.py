def redirect_headers(location):
    return [("Location", location), ("Cache-Control", "no-store")]
