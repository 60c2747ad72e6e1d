def find_user(conn, username):
    conn.search("dc=example,dc=org", "(&(objectClass=person)(uid=%s))" % username, attributes=["cn", "mail"])
    return conn.entries
