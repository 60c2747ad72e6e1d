import os
from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars
from fastapi import FastAPI

app = FastAPI()


@app.get("/groups/members")
def members(group: str):
    safe_group = escape_filter_chars(group)
    search = f"(&(objectClass=groupOfNames)(cn={safe_group}))"
    server = Server(os.environ["LDAP_HOST"], use_ssl=True)
    with Connection(server, os.environ["LDAP_USER"], os.environ["LDAP_PASS"], auto_bind=True) as c:
        c.search("dc=library,dc=example", search, attributes=["member"])
        return {"members": [str(m) for e in c.entries for m in e.member]}
