from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars

def find_user(uid: str):
    conn = Connection(Server("ldaps://ldap.corp.local"), auto_bind=True)
    conn.search("dc=corp,dc=local", f"(uid={escape_filter_chars(uid)})", attributes=["mail"])
    return conn.entries
