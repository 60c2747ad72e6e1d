def user_filter(username):
    return "(&(objectClass=user)(sAMAccountName=" + username + "))"
