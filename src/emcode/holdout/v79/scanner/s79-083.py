import logging

logger = logging.getLogger("windfarm.maintenance")


def _clean(value):
    return "".join(ch if ch.isprintable() else "?" for ch in str(value))


def record_note(turbine_id, technician, note):
    logger.info("turbine=%s tech=%s note=%s", _clean(turbine_id), _clean(technician), _clean(note))
    return {"turbine": turbine_id, "note": note}
