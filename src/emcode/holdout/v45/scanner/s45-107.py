import logging

logger = logging.getLogger(__name__)


def note_failed_login(username, source_ip):
    logger.warning(f"failed login for {username} from {source_ip}")
