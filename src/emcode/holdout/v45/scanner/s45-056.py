import logging

logger = logging.getLogger(__name__)


def _one_line(value):
    return str(value).replace("\r", "\\r").replace("\n", "\\n")


def note_failed_login(username, source_ip):
    logger.warning("failed login for %s from %s", _one_line(username), _one_line(source_ip))
