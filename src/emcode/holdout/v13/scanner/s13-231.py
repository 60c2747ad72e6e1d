def find_user_filter(username):
    return "(&(objectClass=user)(sAMAccountName={}))".format(username)

def lookup(conn, username):
    conn.search("dc=corp,dc=local", find_user_filter(username), attributes=["mail"])
    return conn.entries
