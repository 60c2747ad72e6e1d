import os


def make_show_dirs(root, slug, mode=0o750):
    for sub in ("raw", "edited", "published"):
        os.makedirs(os.path.join(root, slug, sub), mode=mode, exist_ok=True)
