def find_staff(conn, username):
    conn.search(
        search_base="ou=staff,dc=citylibrary,dc=org",
        search_filter="(&(objectClass=person)(uid=" + username + "))",
        attributes=["cn", "mail"],
    )
    return conn.entries
