import os

from ldap3 import Connection, Server


def find_instructor(name):
    server = Server("ldaps://ldap.uni.example.edu", use_ssl=True)
    with Connection(server, user=os.environ["LDAP_BIND_DN"], password=os.environ["LDAP_BIND_PW"], auto_bind=True) as conn:
        conn.search("ou=faculty,dc=uni,dc=example,dc=edu", "(cn=*" + name + "*)", attributes=["mail"])
        return [str(e.mail) for e in conn.entries]


if __name__ == "__main__":
    import sys
    print(find_instructor(sys.argv[1]))
