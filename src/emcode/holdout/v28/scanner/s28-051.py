import getpass
import sys

from ldap3 import Connection, Server, ALL
from ldap3.utils.conv import escape_filter_chars

server = Server("ldaps://directory.harbourfreight.example", get_info=ALL)


def groups_for(username):
    conn = Connection(server, user="cn=reader,dc=harbourfreight,dc=example",
                      password=getpass.getpass("reader password: "), auto_bind=True)
    who = escape_filter_chars(username)
    conn.search("dc=harbourfreight,dc=example",
                f"(&(objectClass=groupOfNames)(memberUid={who}))", attributes=["cn"])
    return [e.cn.value for e in conn.entries]


if __name__ == "__main__":
    print("\n".join(groups_for(sys.argv[1])))
