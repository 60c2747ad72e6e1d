def find_staff(conn, username):
    flt = "(&(objectClass=person)(uid=" + username + "))"
    conn.search("ou=staff,dc=city,dc=example", flt, attributes=["cn", "mail"])
    return conn.entries
