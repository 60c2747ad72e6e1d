from ldap3.utils.conv import escape_filter_chars


def find_user(conn, username: str):
    flt = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(username)
    conn.search("dc=example,dc=org", flt, attributes=["cn", "mail"])
    return conn.entries
