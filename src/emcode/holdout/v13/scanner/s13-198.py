def allowed_callback(url):
    return "trusted.io" in url
