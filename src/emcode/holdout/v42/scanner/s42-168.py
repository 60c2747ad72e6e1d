import ldap


def find_officer(conn, badge_or_user):
    flt = "(&(objectClass=person)(|(uid=%s)(employeeNumber=%s)))" % (badge_or_user, badge_or_user)
    return conn.search_s("ou=enforcement,dc=city,dc=gov", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
