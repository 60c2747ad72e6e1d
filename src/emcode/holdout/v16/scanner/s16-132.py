def allowed_callback(url):
    return url.startswith("https://") and "trusted.org" in url
