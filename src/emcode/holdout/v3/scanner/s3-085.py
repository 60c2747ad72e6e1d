TRUSTED_DOMAIN = "trusted.org"


def may_follow(url):
    return url.startswith("https://") and TRUSTED_DOMAIN in url
