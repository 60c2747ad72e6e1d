from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars


def staff_email(uid, bind_dn, password):
    conn = Connection(Server("ldaps://ldap.hospital.example"), bind_dn, password, auto_bind=True)
    conn.search("ou=people,dc=hospital,dc=example", f"(&(objectClass=person)(uid={escape_filter_chars(uid)}))", attributes=["mail"])
    return [e.mail.value for e in conn.entries]
