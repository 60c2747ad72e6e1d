import os

from fastapi import FastAPI
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = FastAPI()


@app.get("/groups/members")
def members(group: str):
    safe_group = escape_filter_chars(group)
    server = Server(os.environ["LDAP_HOST"], use_ssl=True)
    with Connection(server, os.environ["LDAP_USER"], os.environ["LDAP_PASS"], auto_bind=True) as conn:
        conn.search("ou=groups,dc=corp,dc=example", f"(&(objectClass=groupOfNames)(cn={safe_group}))",
                    attributes=["member"])
        return [str(m) for e in conn.entries for m in e.member]
