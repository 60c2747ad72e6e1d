from ldap.filter import filter_format


def find_clerk(conn, base, name):
    flt = filter_format("(&(objectClass=inetOrgPerson)(cn=%s))", [name])
    return conn.search_s(base, 2, flt, ["mail"])
