import os
import ldap


def find_by_employee_number(number: str):
    if not number.isdigit() or len(number) > 10:
        raise ValueError(f"employee number {number!r} must be up to 10 digits")
    conn = ldap.initialize(os.environ["LDAP_URL"])
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    flt = "(employeeNumber=%s)" % number
    return conn.search_s("dc=hotel,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn"])
