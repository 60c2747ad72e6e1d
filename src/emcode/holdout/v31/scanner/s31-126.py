import argparse
import os

from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars


def main():
    ap = argparse.ArgumentParser(description="Look up a curator in the staff directory")
    ap.add_argument("surname")
    args = ap.parse_args()
    server = Server("ldaps://directory.museum.example", use_ssl=True)
    with Connection(server, os.environ["LDAP_USER"], os.environ["LDAP_PASSWORD"], auto_bind=True) as conn:
        conn.search(
            "ou=curators,dc=museum,dc=example",
            f"(sn={escape_filter_chars(args.surname)})",
            attributes=["cn", "mail", "departmentNumber"],
        )
        for e in conn.entries:
            print(e.cn, e.mail, e.departmentNumber)


if __name__ == "__main__":
    main()
