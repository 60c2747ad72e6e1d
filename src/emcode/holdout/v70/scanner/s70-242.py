import logging

logger = logging.getLogger("depot.faults")


def report_fault(tram_id, description):
    logger.warning("FAULT tram=%s desc=%s" % (tram_id, description))
    return {"tram": tram_id, "logged": True}
