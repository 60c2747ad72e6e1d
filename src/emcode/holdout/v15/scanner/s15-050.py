def find_user(conn, base_dn, uid):
    flt = "(&(objectClass=person)(uid=%s))" % uid
    conn.search(base_dn, flt, attributes=["cn", "mail"])
    return conn.entries
