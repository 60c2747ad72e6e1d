from ldap3.utils.conv import escape_filter_chars


def member_filter(surname):
    return "(&(objectClass=person)(ou=sailing)(sn=" + escape_filter_chars(surname) + "))"
