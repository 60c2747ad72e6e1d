import logging

log = logging.getLogger("gym.auth")

def record_failed_login(username: str, remote_ip: str) -> None:
    log.warning("failed login for user=" + username + " from " + remote_ip)
