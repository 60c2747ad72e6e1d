from ldap3.utils.conv import escape_filter_chars


def find_user(conn, base_dn, uid):
    safe_uid = escape_filter_chars(uid)
    flt = "(&(objectClass=person)(uid=%s))" % safe_uid
    conn.search(base_dn, flt, attributes=["cn", "mail"])
    return conn.entries
