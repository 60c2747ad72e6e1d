import os

from ldap3 import Connection, Server
from ldap3.utils.dn import escape_rdn


def authenticate(username: str, password: str) -> bool:
    if not password:
        return False
    dn = f"uid={escape_rdn(username)},ou=people,dc=corp,dc=example"
    server = Server(os.environ["LDAP_HOST"], use_ssl=True)
    conn = Connection(server, dn, password)
    ok = conn.bind()
    conn.unbind()
    return ok
