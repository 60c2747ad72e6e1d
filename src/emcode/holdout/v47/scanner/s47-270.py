import ldap


def find_inspector(conn, uid):
    flt = "(&(objectClass=person)(uid=%s))" % uid
    results = conn.search_s("ou=inspectors,dc=harbour,dc=gov", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return results[0] if results else None
