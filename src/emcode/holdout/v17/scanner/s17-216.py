import sys


def log_client(remote_addr: str, user_agent: str) -> None:
    sys.stderr.write("client %r ua=%r\n" % (remote_addr, user_agent[:300]))
