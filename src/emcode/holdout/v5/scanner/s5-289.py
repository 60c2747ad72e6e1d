def build_filter(email):
    return "(mail=%s)" % email

def find(conn, email):
    return conn.search_s("ou=people,dc=x", 2, build_filter(email))
