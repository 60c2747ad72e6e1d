def find_staff(conn, email):
    flt = "(mail=%s)" % email
    return conn.search_s("ou=staff,dc=clinic,dc=example", 2, flt, ["cn"])
