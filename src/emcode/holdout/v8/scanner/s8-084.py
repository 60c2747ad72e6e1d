import argparse

from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars


def members_of(conn: Connection, group: str) -> list[str]:
    safe_group = escape_filter_chars(group)
    conn.search("dc=corp,dc=example", f"(&(objectClass=groupOfNames)(cn={safe_group}))", attributes=["member"])
    return [m for e in conn.entries for m in e.member.values]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("group")
    args = ap.parse_args()
    with Connection(Server("ldap.corp.example", use_ssl=True, get_info=ALL), auto_bind=True) as c:
        print("\n".join(members_of(c, args.group)))
