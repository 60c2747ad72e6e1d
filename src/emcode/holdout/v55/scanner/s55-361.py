import ldap


def find_member(conn, email):
    flt = "(mail=%s)" % email
    return conn.search_s("ou=members,dc=cellarclub,dc=org", ldap.SCOPE_SUBTREE, flt)
