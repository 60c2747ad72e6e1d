import os
from ldap3 import Server, Connection, ALL


def find_user_dn(username):
    server = Server(os.environ["LDAP_HOST"], use_ssl=True, get_info=ALL)
    conn = Connection(server, os.environ["LDAP_SVC_DN"], os.environ["LDAP_SVC_PW"], auto_bind=True)
    flt = "(&(objectClass=inetOrgPerson)(sAMAccountName=" + username + "))"
    conn.search("dc=corp,dc=example", flt, attributes=["distinguishedName"])
    if not conn.entries:
        return None
    return conn.entries[0].entry_dn


if __name__ == "__main__":
    print(find_user_dn(input("user: ")))
