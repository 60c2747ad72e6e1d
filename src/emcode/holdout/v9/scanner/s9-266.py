from ldap3 import SUBTREE


def members_of(conn, group: str) -> list:
    query = f"(&(objectClass=groupOfNames)(cn={group}))"
    conn.search("dc=corp,dc=local", query, search_scope=SUBTREE, attributes=["member"])
    return [e.member.values for e in conn.entries]
