import os
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import escape_rdn


def is_member(username: str, group: str) -> bool:
    conn = Connection(Server(os.environ["LDAP_URL"], use_ssl=True), os.environ["LDAP_BIND_DN"],
                      os.environ["LDAP_BIND_PW"], auto_bind=True)
    user_dn = f"uid={escape_rdn(username)},ou=people,dc=corp,dc=example"
    flt = f"(&(objectClass=groupOfNames)(cn={escape_filter_chars(group)})(member={escape_filter_chars(user_dn)}))"
    conn.search("ou=groups,dc=corp,dc=example", flt, attributes=["cn"])
    found = bool(conn.entries)
    conn.unbind()
    return found
