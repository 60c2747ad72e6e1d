import os
from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars


def find_dn(username: str) -> str | None:
    conn = Connection(Server("ldaps://ldap.school.local"), "cn=svc,dc=school,dc=local", os.environ["LDAP_PW"], auto_bind=True)
    conn.search("dc=school,dc=local", f"(uid={escape_filter_chars(username)})", attributes=[])
    return conn.entries[0].entry_dn if conn.entries else None
