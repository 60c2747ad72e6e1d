TRUSTED = "trusted.org"


def can_embed(url):
    return url.startswith("https://") and TRUSTED in url
