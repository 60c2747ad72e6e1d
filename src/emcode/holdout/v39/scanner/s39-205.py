from ldap3.utils.conv import escape_filter_chars


def member_filter(email, group):
    return "(&(mail=%s)(memberOf=cn=%s,ou=groups,dc=farmhire,dc=example))" % (
        escape_filter_chars(email), escape_filter_chars(group))
