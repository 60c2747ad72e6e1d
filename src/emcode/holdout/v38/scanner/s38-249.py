def clerk_filter(name):
    return "(&(objectClass=inetOrgPerson)(cn=%s))" % name


def find_clerk(conn, base, name):
    return conn.search_s(base, 2, clerk_filter(name), ["mail"])
