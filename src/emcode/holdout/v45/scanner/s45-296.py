import argparse
import os

from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("uid")
    uid = escape_filter_chars(ap.parse_args().uid)
    conn = Connection(Server("ldaps://ldap.gardens.example"), user=os.environ["LDAP_BIND_DN"],
                      password=os.environ["LDAP_BIND_PW"], auto_bind=True)
    conn.search("ou=members,dc=gardens,dc=example", f"(uid={uid})", attributes=["cn", "mail"])
    for e in conn.entries:
        print(e.cn, e.mail)


if __name__ == "__main__":
    main()
