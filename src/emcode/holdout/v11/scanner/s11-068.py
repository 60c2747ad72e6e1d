import syslog


def reject_signup(email: str, reason: str) -> None:
    syslog.syslog(syslog.LOG_WARNING, "signup rejected for " + email + ": " + reason)
