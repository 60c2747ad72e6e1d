import os
import gzip
import shutil


def rotate(path, keep=5):
    os.umask(0)
    for i in range(keep - 1, 0, -1):
        src, dst = f"{path}.{i}.gz", f"{path}.{i + 1}.gz"
        if os.path.exists(src):
            os.replace(src, dst)
    with open(path, "rb") as fin, gzip.open(path + ".1.gz", "wb") as fout:
        shutil.copyfileobj(fin, fout)
    open(path, "w").close()
