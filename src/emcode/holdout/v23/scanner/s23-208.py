import os
import tarfile


def compress_logs(log_dir: str, archive_name: str, out_dir: str = "/var/archives") -> str:
    safe_name = os.path.basename(archive_name)
    target = os.path.join(out_dir, safe_name + ".tgz")
    with tarfile.open(target, "w:gz") as tar:
        tar.add(log_dir, arcname=".")
    return target
