import ldap
from ldap.filter import escape_filter_chars

def members(conn, group):
    flt = "(&(objectClass=groupOfNames)(cn=%s))" % escape_filter_chars(group)
    return conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, flt, ["member"])
