import logging

logger = logging.getLogger("windfarm.maintenance")


def record_note(turbine_id, technician, note):
    logger.info("turbine=%s tech=%s note=%s", turbine_id, technician, note)
    return {"turbine": turbine_id, "note": note}
