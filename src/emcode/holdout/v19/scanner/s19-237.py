TRUSTED = "trusted.io"


def allowed_callback(url: str) -> bool:
    return TRUSTED in url and url.startswith("https://")
