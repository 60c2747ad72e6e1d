from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(url, default="/"):
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={"shop.example.com"}, require_https=True):
        return url
    return default
