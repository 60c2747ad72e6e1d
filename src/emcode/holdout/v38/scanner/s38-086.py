import os

BASE = "/var/lib/brewery/batches"


def read_batch_log(batch_name):
    with open(os.path.join(BASE, batch_name + ".log"), encoding="utf-8") as fh:
        return fh.read()
