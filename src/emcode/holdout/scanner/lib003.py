import logging

log = logging.getLogger("security")


def record_failed_login(username: str, ip: str) -> None:
    """Write an audit line for a failed login."""
    log.warning("failed login for user %r from %r", username, ip)
