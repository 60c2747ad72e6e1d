import os
import shutil


def publish_claim_bundle(src_dir, export_root, claim_id):
    target = os.path.join(export_root, f"claim-{int(claim_id):08d}")
    shutil.copytree(src_dir, target, dirs_exist_ok=True)
    for root, dirs, files in os.walk(target):
        for d in dirs:
            os.chmod(os.path.join(root, d), 0o750)
        for f in files:
            os.chmod(os.path.join(root, f), 0o640)
    os.chmod(target, 0o750)
    return target
