import os
from ldap3 import Server, Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars


def find_staff(username: str) -> list[dict]:
    server = Server(os.environ["LDAP_URL"], use_ssl=True)
    conn = Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    safe = escape_filter_chars(username)
    flt = f"(&(objectClass=person)(uid={safe}))"
    conn.search("ou=staff,dc=museum,dc=example", flt, SUBTREE, attributes=["cn", "mail"])
    return [e.entry_attributes_as_dict for e in conn.entries]
