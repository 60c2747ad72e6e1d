from ldap3 import Server, Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars


def lookup_user(uid: str):
    server = Server("ldaps://ldap.corp.example.com")
    with Connection(server, auto_bind=True) as conn:
        safe_uid = escape_filter_chars(uid)
        filt = "(&(objectClass=person)(uid=" + safe_uid + "))"
        conn.search("ou=people,dc=corp,dc=example,dc=com", filt, SUBTREE, attributes=["cn", "mail"])
        return [(e.cn.value, e.mail.value) for e in conn.entries]
