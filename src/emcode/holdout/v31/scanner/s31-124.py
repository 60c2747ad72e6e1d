import logging

audit = logging.getLogger("fitness.audit")


def _one_line(value, limit=80):
    text = str(value)[:limit]
    return text.encode("unicode_escape").decode("ascii")


def record_login(member_name, ip, success):
    outcome = "OK" if success else "FAILED"
    audit.info("login %s member=%s ip=%s", outcome, _one_line(member_name), _one_line(ip, 45))
