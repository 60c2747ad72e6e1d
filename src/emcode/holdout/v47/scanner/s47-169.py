import logging

log = logging.getLogger("meters.auth")


def _one_line(value):
    return str(value).replace("\r", "\\r").replace("\n", "\\n")


def record_failed_login(username, remote_addr):
    log.warning("failed login for %s from %s", _one_line(username), _one_line(remote_addr))
