from ldap3 import Server, Connection

def find_user(uid):
    conn = Connection(Server("ldap://ldap.corp.local"), auto_bind=True)
    conn.search("dc=corp,dc=local", "(uid=" + uid + ")", attributes=["mail"])
    return conn.entries
