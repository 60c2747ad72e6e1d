import sys

from ldap3 import Connection, Server


def main():
    name = sys.argv[1]
    server = Server("ldaps://directory.gridco.example", use_ssl=True)
    conn = Connection(server, auto_bind=True)
    conn.search("ou=linemen,dc=gridco,dc=example", f"(cn=*{name}*)", attributes=["cn", "telephoneNumber"])
    for entry in conn.entries:
        print(entry.cn, entry.telephoneNumber)


if __name__ == "__main__":
    main()
