import sys


def log_agent(user_agent, status):
    sys.stderr.write("[access] status=%s agent=%s\n" % (status, user_agent))
