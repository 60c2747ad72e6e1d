import logging

logger = logging.getLogger("coop.inspections")


def _clean(value):
    return str(value).replace("\r", "\\r").replace("\n", "\\n")


def record_inspection(apiary, inspector, note):
    logger.info("inspection apiary=%s by=%s note=%s", _clean(apiary), _clean(inspector), _clean(note))
    return {"apiary": apiary, "inspector": inspector, "note": note}
