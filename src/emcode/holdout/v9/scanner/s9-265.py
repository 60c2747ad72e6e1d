import ldap


def find_user(conn, base_dn, username):
    flt = "(&(objectClass=person)(uid=%s))" % username
    return conn.search_s(base_dn, ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
