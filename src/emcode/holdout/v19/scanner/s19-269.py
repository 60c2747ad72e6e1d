import ldap

def members(conn, group):
    flt = "(&(objectClass=groupOfNames)(cn=%s))" % group
    return conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, flt, ["member"])
