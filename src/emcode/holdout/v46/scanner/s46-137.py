from ldap3 import Connection, SUBTREE


def find_member(conn: Connection, email):
    conn.search("dc=rinkclub,dc=example", f"(mail={email})", SUBTREE, attributes=["cn", "memberOf"])
    return conn.entries
