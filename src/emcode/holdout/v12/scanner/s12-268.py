import os
import logging

log = logging.getLogger("mailq")
SPOOL = "/var/spool/mailq"


def setup_spool(spool=SPOOL):
    os.makedirs(spool, mode=0o700, exist_ok=True)
    os.chmod(spool, 0o700)
    log.info("spool ready at %s", spool)


def enqueue(msg_id, raw_message, spool=SPOOL):
    path = os.path.join(spool, f"{int(msg_id):08d}.eml")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(raw_message)
    return path


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    setup_spool()
