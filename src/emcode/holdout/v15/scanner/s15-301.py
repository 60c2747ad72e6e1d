import gzip
import os
import shutil


def rotate(path, keep=5, mode=0o640):
    old_umask = os.umask(0o027)
    try:
        for i in range(keep - 1, 0, -1):
            src, dst = f"{path}.{i}.gz", f"{path}.{i + 1}.gz"
            if os.path.exists(src):
                os.replace(src, dst)
        if os.path.exists(path):
            with open(path, "rb") as fin, gzip.open(path + ".1.gz", "wb") as fout:
                shutil.copyfileobj(fin, fout)
            os.chmod(path + ".1.gz", mode)
            fd = os.open(path, os.O_WRONLY | os.O_TRUNC | os.O_CREAT, mode)
            os.close(fd)
    finally:
        os.umask(old_umask)
