import os
from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars


def members_of(group: str) -> list[str]:
    server = Server("ldaps://dir.example.org", use_ssl=True)
    conn = Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    safe = escape_filter_chars(group)
    conn.search("ou=groups,dc=example,dc=org", f"(&(objectClass=groupOfNames)(cn={safe}))", attributes=["member"])
    out = []
    for entry in conn.entries:
        out.extend(str(m) for m in entry.member)
    conn.unbind()
    return out
