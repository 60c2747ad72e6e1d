def allowed_redirect(url, allowed="tunecloud.example"):
    return url.startswith("/") or allowed in url
