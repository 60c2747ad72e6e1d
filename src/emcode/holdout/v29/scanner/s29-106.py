from ldap3.utils.conv import escape_filter_chars


def find_staff(conn, username):
    conn.search(
        search_base="ou=staff,dc=citylibrary,dc=org",
        search_filter="(&(objectClass=person)(uid=%s))" % escape_filter_chars(username),
        attributes=["cn", "mail"],
    )
    return conn.entries
