def staff_filter(email):
    return "(&(objectClass=inetOrgPerson)(mail=%s))" % email


def find_staff(conn, base_dn, email):
    return conn.search_s(base_dn, 2, staff_filter(email), ["cn", "employeeNumber"])
