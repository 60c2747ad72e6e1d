TRUSTED = "trusted.org"


def allowed_callback(url):
    return url.startswith("https://") and TRUSTED in url
