import logging

logger = logging.getLogger("freight.customs")


def _one_line(text, limit=200):
    return str(text).replace("\r", "\\r").replace("\n", "\\n")[:limit]


def record_inspection(container_id, inspector, note):
    logger.info("inspection container=%s inspector=%s note=%s",
                _one_line(container_id), _one_line(inspector), _one_line(note))
    return {"container": container_id, "inspector": inspector, "note": note}
