from ldap3.utils.conv import escape_filter_chars


def find_user(conn, uid: str):
    flt = "(&(objectClass=person)(uid=" + escape_filter_chars(uid) + "))"
    conn.search("ou=people,dc=example,dc=com", flt, attributes=["cn", "mail"])
    return conn.entries
