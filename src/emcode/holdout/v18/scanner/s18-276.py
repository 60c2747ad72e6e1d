import os

THUMBS = "/var/cache/thumbs"


def thumb_path(image_name: str) -> str:
    base = os.path.basename(image_name)
    if not base or base.startswith(".") or not base.endswith(".jpg"):
        raise ValueError("bad image name")
    return os.path.join(THUMBS, base)
