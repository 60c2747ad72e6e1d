import logging

logger = logging.getLogger("audit")


def record_action(username, action, target):
    message = "user=" + username + " action=" + action + " target=" + target
    logger.info(message)
