import os
import shutil


def publish_claim_bundle(src_dir, export_root, claim_ref):
    target = os.path.join(export_root, claim_ref)
    shutil.copytree(src_dir, target, dirs_exist_ok=True)
    for root, dirs, files in os.walk(target):
        for name in dirs + files:
            os.chmod(os.path.join(root, name), 0o777)
    os.chmod(target, 0o777)
    return target
