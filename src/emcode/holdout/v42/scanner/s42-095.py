import argparse

import ldap
from ldap.filter import filter_format


def main():
    ap = argparse.ArgumentParser(description="Look up a driver in the company directory")
    ap.add_argument("surname")
    args = ap.parse_args()
    conn = ldap.initialize("ldaps://directory.fleetco.example")
    conn.simple_bind_s()
    flt = filter_format("(&(objectClass=inetOrgPerson)(sn=%s))", [args.surname])
    for dn, attrs in conn.search_s("ou=drivers,dc=fleetco,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn", "mobile"]):
        print(dn, attrs.get("mobile", [b""])[0].decode())


if __name__ == "__main__":
    main()
