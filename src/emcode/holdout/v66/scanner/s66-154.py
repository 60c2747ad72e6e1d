import logging

logger = logging.getLogger("dispatch.events")


def _clean(value, limit=200):
    return str(value).replace("\r", "\\r").replace("\n", "\\n")[:limit]


def record_handoff(job_id, courier, note):
    logger.info("job %s handed to %s: %s", int(job_id), _clean(courier), _clean(note))
