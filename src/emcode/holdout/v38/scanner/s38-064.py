from urllib.parse import urlsplit


def allowed_callback(url, trusted=("hooks.gridco.example", "ops.gridco.example")):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in trusted
