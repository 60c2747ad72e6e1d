import logging

log = logging.getLogger("passes.audit")


def _clean(v):
    return str(v).encode("unicode_escape").decode("ascii")


def record_scan(gate, pass_no, note):
    log.warning("gate=%s pass=%s note=%s", _clean(gate), _clean(pass_no), _clean(note))
