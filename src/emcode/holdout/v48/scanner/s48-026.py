import os
import re


def ensure_photo_dir(base, site_code, trench):
    if not re.fullmatch(r"[A-Z]{2,4}-\d{2,4}", site_code):
        raise ValueError("bad site code")
    target = os.path.join(base, site_code, "trench-%02d" % int(trench))
    os.makedirs(target, mode=0o750, exist_ok=True)
    return target
