import logging

logger = logging.getLogger("freight.customs")


def record_inspection(container_id, inspector, note):
    logger.info(f"inspection container={container_id} inspector={inspector} note={note}")
    return {"container": container_id, "inspector": inspector, "note": note}
