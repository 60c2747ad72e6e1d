from ldap3.utils.conv import escape_filter_chars


def find_staff(conn, username):
    flt = "(&(objectClass=person)(uid=" + escape_filter_chars(username) + "))"
    conn.search("ou=staff,dc=city,dc=example", flt, attributes=["cn", "mail"])
    return conn.entries
