from ldap3.utils.conv import escape_filter_chars


def find_attorney(conn, username):
    flt = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(username)
    conn.search("ou=attorneys,dc=firm,dc=local", flt, attributes=["cn", "mail"])
    return conn.entries
