import argparse

from ldap3 import ALL, Connection, Server


def members_of(conn, group):
    conn.search("dc=corp,dc=example", f"(&(objectClass=groupOfNames)(cn={group}))", attributes=["member"])
    return [m for e in conn.entries for m in e.member.values]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("group")
    args = ap.parse_args()
    server = Server("ldap.corp.example", use_ssl=True, get_info=ALL)
    with Connection(server, auto_bind=True) as c:
        for m in members_of(c, args.group):
            print(m)
