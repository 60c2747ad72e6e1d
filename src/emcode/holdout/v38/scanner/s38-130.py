import os
import re

BASE = "/var/lib/brewery/batches"
_NAME = re.compile(r"[A-Za-z0-9_-]{1,40}")


def read_batch_log(batch_name):
    if not _NAME.fullmatch(batch_name):
        raise ValueError("invalid batch name")
    with open(os.path.join(BASE, batch_name + ".log"), encoding="utf-8") as fh:
        return fh.read()
