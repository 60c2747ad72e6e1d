def is_member(conn, username, group):
    flt = "(&(cn=%s)(memberUid=%s))" % (group, username)
    return bool(conn.search_s("ou=groups,dc=corp", 2, flt))
