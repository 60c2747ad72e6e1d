import logging

audit = logging.getLogger("fitness.audit")


def record_login(member_name, ip, success):
    outcome = "OK" if success else "FAILED"
    audit.info(f"login {outcome} member={member_name} ip={ip}")
