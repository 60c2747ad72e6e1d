from ldap3.utils.conv import escape_filter_chars


def member_filter(group_name):
    return "(&(objectClass=groupOfNames)(cn=%s))" % escape_filter_chars(group_name)
