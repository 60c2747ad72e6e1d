from ldap3 import Connection, Server


def staff_email(uid, bind_dn, password):
    conn = Connection(Server("ldaps://ldap.hospital.example"), bind_dn, password, auto_bind=True)
    conn.search("ou=people,dc=hospital,dc=example", "(&(objectClass=person)(uid=%s))" % uid, attributes=["mail"])
    return [e.mail.value for e in conn.entries]
