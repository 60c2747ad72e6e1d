import os
import shutil


def publish_assets(src_dir, web_root):
    target = os.path.join(web_root, "static")
    os.makedirs(target, mode=0o755, exist_ok=True)
    for name in sorted(os.listdir(src_dir)):
        if name.endswith((".css", ".js", ".png")):
            shutil.copy2(os.path.join(src_dir, name), target)
    return target
