import json
import logging

audit = logging.getLogger("audit")


def log_login_attempt(username, success, source_ip):
    audit.info("login %s", json.dumps({"user": username, "ok": bool(success), "ip": source_ip}))
