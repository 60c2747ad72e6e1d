import os


def ensure_spool(base):
    spool = os.path.join(base, "spool")
    os.makedirs(spool, mode=0o700, exist_ok=True)
    return spool
