import getpass
import sys

from ldap3 import Connection, Server, ALL

server = Server("ldaps://directory.harbourfreight.example", get_info=ALL)


def groups_for(username):
    conn = Connection(server, user="cn=reader,dc=harbourfreight,dc=example",
                      password=getpass.getpass("reader password: "), auto_bind=True)
    conn.search("dc=harbourfreight,dc=example", "(member=uid=" + username + ",ou=people,dc=harbourfreight,dc=example)",
                attributes=["cn"])
    return [e.cn.value for e in conn.entries]


if __name__ == "__main__":
    print("\n".join(groups_for(sys.argv[1])))
