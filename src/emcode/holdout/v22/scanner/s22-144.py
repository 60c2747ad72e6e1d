def find_user(conn, uid):
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    conn.search("ou=people,dc=example,dc=com", flt, attributes=["cn", "mail"])
    return conn.entries
