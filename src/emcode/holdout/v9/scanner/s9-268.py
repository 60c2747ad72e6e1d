from ldap3 import SUBTREE
from ldap3.utils.conv import escape_filter_chars


def members_of(conn, group: str) -> list:
    safe_group = escape_filter_chars(group)
    query = f"(&(objectClass=groupOfNames)(cn={safe_group}))"
    conn.search("dc=corp,dc=local", query, search_scope=SUBTREE, attributes=["member"])
    return [e.member.values for e in conn.entries]
