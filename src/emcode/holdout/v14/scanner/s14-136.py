import json
import logging

logger = logging.getLogger("audit")


def record_action(username: str, action: str) -> None:
    logger.info(json.dumps({"event": "action", "user": username, "action": action}))
