import logging

logger = logging.getLogger("dispatch.events")


def record_handoff(job_id, courier, note):
    logger.info("job %s handed to %s: %s", job_id, courier, note)
