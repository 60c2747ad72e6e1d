import logging

log = logging.getLogger("terminal.gate")


def _clean(value):
    return str(value).replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


def record_gate_in(container_id, driver_note):
    log.info("gate-in container=%s note=%s", _clean(container_id), _clean(driver_note))
