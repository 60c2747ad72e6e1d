from ldap3 import Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars


def find_member(conn: Connection, email):
    conn.search("dc=rinkclub,dc=example", f"(mail={escape_filter_chars(email)})", SUBTREE, attributes=["cn", "memberOf"])
    return conn.entries
