import logging

logger = logging.getLogger("coop.inspections")


def record_inspection(apiary, inspector, note):
    logger.info(f"inspection apiary={apiary} by={inspector} note={note}")
    return {"apiary": apiary, "inspector": inspector, "note": note}
