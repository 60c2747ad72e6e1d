import os


def ensure_spool(base):
    spool = os.path.join(base, "spool")
    os.makedirs(spool, mode=0o777, exist_ok=True)
    os.chmod(spool, 0o777)
    return spool
