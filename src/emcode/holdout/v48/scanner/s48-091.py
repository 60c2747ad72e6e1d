import os


def ensure_photo_dir(base, site_code, trench):
    target = os.path.join(base, site_code, "trench-%02d" % int(trench))
    os.makedirs(target, mode=0o777, exist_ok=True)
    return target
