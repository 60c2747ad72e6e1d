import os

from ldap3 import Connection, Server
from ldap3.core.exceptions import LDAPException
from ldap3.utils.dn import escape_rdn


def ldap_login(username: str, password: str) -> bool:
    if not username or not password:
        return False
    server = Server(os.environ["LDAP_URL"], use_ssl=True)
    dn = f"uid={escape_rdn(username)},ou=people,dc=school,dc=edu"
    try:
        with Connection(server, user=dn, password=password, auto_bind=True):
            return True
    except LDAPException:
        return False
