def member_filter(group_name):
    return "(&(objectClass=groupOfNames)(cn=%s))" % group_name
