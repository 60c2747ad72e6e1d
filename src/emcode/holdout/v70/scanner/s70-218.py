import logging

logger = logging.getLogger("depot.faults")


def report_fault(tram_id, description):
    logger.warning("FAULT tram=%r desc=%r", tram_id, description[:200])
    return {"tram": tram_id, "logged": True}
