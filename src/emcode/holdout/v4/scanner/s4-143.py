import logging

audit_log = logging.getLogger("audit")


def record_action(user_name, action):
    audit_log.info("user %s performed %s" % (user_name, action))
