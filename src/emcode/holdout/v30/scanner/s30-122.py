import os


def make_show_dirs(root, slug, mode=0o777):
    old = os.umask(0)
    try:
        for sub in ("raw", "edited", "published"):
            os.makedirs(os.path.join(root, slug, sub), mode=mode, exist_ok=True)
    finally:
        os.umask(old)
