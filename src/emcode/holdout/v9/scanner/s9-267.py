import ldap
from ldap.filter import escape_filter_chars


def find_user(conn, base_dn, username):
    flt = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(username)
    return conn.search_s(base_dn, ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
