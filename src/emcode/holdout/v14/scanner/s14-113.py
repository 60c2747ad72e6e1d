import ldap
from ldap.filter import escape_filter_chars


def groups_of(conn, username):
    flt = "(&(objectClass=groupOfNames)(member=uid=%s,ou=people,dc=example,dc=org))" % escape_filter_chars(username)
    res = conn.search_s("ou=groups,dc=example,dc=org", ldap.SCOPE_SUBTREE, flt, ["cn"])
    return [attrs["cn"][0].decode() for _, attrs in res]
