import os
from ldap3 import Server, Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars


def find_people(mail_prefix: str, department: str):
    server = Server("ldaps://ldap.corp.example", use_ssl=True)
    conn = Connection(server, user=os.environ["LDAP_BIND_DN"], password=os.environ["LDAP_BIND_PW"], auto_bind=True)
    flt = "(&(objectClass=person)(mail={}*)(department={}))".format(
        escape_filter_chars(mail_prefix), escape_filter_chars(department))
    conn.search("ou=people,dc=corp,dc=example", flt, SUBTREE, attributes=["cn", "mail"])
    return [str(e.mail) for e in conn.entries]
