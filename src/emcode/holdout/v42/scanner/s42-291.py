import ldap
from ldap.filter import escape_filter_chars


def find_officer(conn, badge_or_user):
    v = escape_filter_chars(badge_or_user)
    flt = f"(&(objectClass=person)(|(uid={v})(employeeNumber={v})))"
    return conn.search_s("ou=enforcement,dc=city,dc=gov", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
