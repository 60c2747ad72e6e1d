def allowed_redirect(url):
    return "trusted.org" in url
