import logging
import re

log = logging.getLogger("gates")


def log_plate_scan(plate, gate):
    cleaned = re.sub(r"[^A-Z0-9-]", "?", str(plate).upper())[:12]
    log.info("gate=%d plate=%s", int(gate), cleaned)
