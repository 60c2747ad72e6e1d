from ldap3.utils.conv import escape_filter_chars


def staff_filter(email):
    return "(&(objectClass=inetOrgPerson)(mail=%s))" % escape_filter_chars(email)


def find_staff(conn, base_dn, email):
    conn.search(base_dn, staff_filter(email), attributes=["cn", "employeeNumber"])
    return conn.entries
