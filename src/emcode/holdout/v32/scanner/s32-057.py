def find_attorney(conn, username):
    flt = "(&(objectClass=person)(uid=" + username + "))"
    conn.search("ou=attorneys,dc=firm,dc=local", flt, attributes=["cn", "mail"])
    return conn.entries
