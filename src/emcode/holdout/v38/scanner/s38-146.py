import logging

log = logging.getLogger("passes.audit")


def record_scan(gate, pass_no, note):
    log.warning("gate=%s pass=%s note=%s", gate, pass_no, note)
