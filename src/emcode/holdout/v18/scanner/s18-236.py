import os

from ldap3 import Connection, Server, SUBTREE


def is_member(username, group):
    server = Server(os.environ["LDAP_URL"], use_ssl=True)
    conn = Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    flt = "(&(uid=%s)(memberOf=cn=%s,ou=groups,dc=corp,dc=local))" % (username, group)
    conn.search("ou=people,dc=corp,dc=local", flt, SUBTREE, attributes=["uid"])
    found = bool(conn.entries)
    conn.unbind()
    return found
