import os
import sys

from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars


def main():
    uid = sys.argv[1]
    server = Server("ldaps://ldap.beecoop.org")
    with Connection(server, os.environ["LDAP_USER"], os.environ["LDAP_PASSWORD"], auto_bind=True) as conn:
        conn.search("dc=beecoop,dc=org", "(uid=%s)" % escape_filter_chars(uid), attributes=["mail"])
        for entry in conn.entries:
            print(entry.mail)


if __name__ == "__main__":
    main()
