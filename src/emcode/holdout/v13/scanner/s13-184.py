import logging

logger = logging.getLogger("audit")

def record_action(user, action):
    logger.info(f"user={user} action={action}")
