import ldap
from ldap.filter import escape_filter_chars


def find_inspector(conn, uid):
    flt = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(uid)
    results = conn.search_s("ou=inspectors,dc=harbour,dc=gov", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return results[0] if results else None
