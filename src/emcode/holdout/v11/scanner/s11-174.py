import os
import re

from ldap3 import Connection, Server, SUBTREE

USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


def find_mail(username: str) -> str | None:
    if not USERNAME.fullmatch(username):
        raise ValueError("invalid username")
    server = Server(os.environ["LDAP_HOST"], use_ssl=True)
    with Connection(server, os.environ["LDAP_USER"], os.environ["LDAP_PASS"], auto_bind=True) as conn:
        conn.search("dc=corp,dc=example", "(sAMAccountName=%s)" % username, SUBTREE, attributes=["mail"])
        return str(conn.entries[0].mail) if conn.entries else None
