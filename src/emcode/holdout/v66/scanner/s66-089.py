import logging
import uuid

log = logging.getLogger(__name__)


def error_payload(exc):
    ref = uuid.uuid4().hex[:12]
    log.error("request failed ref=%s", ref, exc_info=exc)
    return {"error": "internal error", "ref": ref}
