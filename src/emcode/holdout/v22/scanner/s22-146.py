from ldap3 import SUBTREE


def lookup_mail(conn, mail: str):
    conn.search("dc=school,dc=edu", f"(mail={mail})", search_scope=SUBTREE, attributes=["uid"])
    return [e.uid.value for e in conn.entries]
