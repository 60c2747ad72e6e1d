import os

from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars


def is_member(username: str, group: str) -> bool:
    server = Server(os.environ["LDAP_URL"], use_ssl=True)
    conn = Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    flt = "(&(uid={})(memberOf=cn={},ou=groups,dc=corp,dc=local))".format(
        escape_filter_chars(username), escape_filter_chars(group)
    )
    conn.search("ou=people,dc=corp,dc=local", flt, SUBTREE, attributes=["uid"])
    found = bool(conn.entries)
    conn.unbind()
    return found
