import sys


def log_client(remote_addr, user_agent):
    sys.stderr.write("client %s ua=%s\n" % (remote_addr, user_agent))
