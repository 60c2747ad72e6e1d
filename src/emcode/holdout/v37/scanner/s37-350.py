import ldap


def find_musician(conn, uid):
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    return conn.search_s("ou=orchestra,dc=example,dc=org", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
