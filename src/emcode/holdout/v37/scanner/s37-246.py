import ldap
from ldap.filter import escape_filter_chars


def find_musician(conn, uid):
    flt = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(uid)
    return conn.search_s("ou=orchestra,dc=example,dc=org", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
