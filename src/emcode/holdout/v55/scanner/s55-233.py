import ldap
from ldap.filter import filter_format


def find_member(conn, email):
    flt = filter_format("(mail=%s)", [email])
    return conn.search_s("ou=members,dc=cellarclub,dc=org", ldap.SCOPE_SUBTREE, flt)
