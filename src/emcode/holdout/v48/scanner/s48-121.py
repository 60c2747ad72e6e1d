import ldap


def find_member(conn, uid):
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    return conn.search_s("ou=members,dc=beecoop,dc=org", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
