def member_filter(email):
    return "(&(objectClass=inetOrgPerson)(mail=" + email + "))"


def find_member(conn, base_dn, email):
    conn.search(base_dn, member_filter(email), attributes=["cn", "uid"])
    return conn.entries
