import json
import logging


class JsonFormatter(logging.Formatter):
    def format(self, record):
        payload = {"level": record.levelname, "msg": record.getMessage()}
        payload.update(getattr(record, "ctx", {}))
        return json.dumps(payload)


def claim_logger():
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("claims.events")
    logger.addHandler(handler)
    return logger


def log_status_change(logger, claim_ref, old, new):
    logger.info("claim status changed", extra={"ctx": {"claim": claim_ref, "from": old, "to": new}})
