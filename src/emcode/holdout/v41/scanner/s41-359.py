from ldap3 import Connection, Server, SUBTREE
import os
import sys


def find_member(card):
    server = Server("ldaps://dir.citylibrary.org")
    with Connection(server, "cn=lookup,dc=citylibrary,dc=org", os.environ["DIR_PW"], auto_bind=True) as c:
        c.search("ou=members,dc=citylibrary,dc=org", "(&(objectClass=person)(cardNumber=" + card + "))",
                 SUBTREE, attributes=["cn", "mail"])
        return [e.entry_dn for e in c.entries]


if __name__ == "__main__":
    print(find_member(sys.argv[1]))
