def member_filter(email, group):
    return "(&(mail=%s)(memberOf=cn=%s,ou=groups,dc=farmhire,dc=example))" % (email, group)
