from ldap3.utils.conv import escape_filter_chars


def member_filter(email):
    return "(&(objectClass=inetOrgPerson)(mail=" + escape_filter_chars(email) + "))"


def find_member(conn, base_dn, email):
    conn.search(base_dn, member_filter(email), attributes=["cn", "uid"])
    return conn.entries
