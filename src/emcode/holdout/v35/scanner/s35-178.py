import ldap


def find_volunteer(conn, uid):
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    return conn.search_s("ou=volunteers,dc=shelter,dc=org", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
