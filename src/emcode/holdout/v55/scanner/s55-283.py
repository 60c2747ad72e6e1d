import logging

audit = logging.getLogger("audit")


def log_login_attempt(username, success, source_ip):
    audit.info(f"login user={username} ok={success} ip={source_ip}")
