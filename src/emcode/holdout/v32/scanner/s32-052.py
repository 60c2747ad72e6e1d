from urllib.parse import urlparse


def post_login_target(next_param, default="/dashboard"):
    if not next_param:
        return default
    parts = urlparse(next_param)
    if parts.scheme or parts.netloc or not next_param.startswith("/") or next_param.startswith("//"):
        return default
    if "\\" in next_param or any(ch.isspace() or ord(ch) < 32 for ch in next_param):
        return default
    return next_param
