from ldap3.utils.conv import escape_filter_chars


def find_staff(conn, email):
    flt = "(mail=%s)" % escape_filter_chars(email)
    conn.search("ou=staff,dc=clinic,dc=example", flt, attributes=["cn"])
    return conn.entries
