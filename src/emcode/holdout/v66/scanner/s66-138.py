from urllib.parse import urlparse


def is_clinic_url(url):
    u = urlparse(url)
    host = (u.hostname or "").lower()
    return u.scheme == "https" and (host == "brightsmile.example" or host.endswith(".brightsmile.example"))
