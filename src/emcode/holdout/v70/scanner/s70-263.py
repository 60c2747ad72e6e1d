def member_filter(username, group):
    return f"(&(uid={username})(memberOf=cn={group},ou=groups,dc=example,dc=org))"
