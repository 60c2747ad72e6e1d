from ldap3 import Server, Connection
import os


def in_group(user: str, group: str) -> bool:
    conn = Connection(Server("ldaps://ldap.tours.local"), "cn=svc,dc=tours,dc=local", os.environ["LDAP_PW"], auto_bind=True)
    conn.search("dc=tours,dc=local", f"(&(cn={group})(memberUid={user}))")
    return bool(conn.entries)
