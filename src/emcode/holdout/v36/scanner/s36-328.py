import logging

log = logging.getLogger("terminal.gate")


def record_gate_in(container_id, driver_note):
    log.info("gate-in container=%s note=%s", container_id, driver_note)
