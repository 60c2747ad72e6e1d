import ldap
from ldap.filter import escape_filter_chars


def find_member(conn, uid):
    flt = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(uid)
    return conn.search_s("ou=members,dc=beecoop,dc=org", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
