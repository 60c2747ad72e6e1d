import os
import shlex


def compress(folder: str, archive: str) -> int:
    cmd = "zip -r {a} {f}".format(a=shlex.quote(archive), f=shlex.quote(folder))
    return os.system(cmd)
