from urllib.parse import urlparse


def allowed_webhook(url):
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower()
    if parsed.scheme != "https":
        return False
    return host == "trialsite.org" or host.endswith(".trialsite.org")
