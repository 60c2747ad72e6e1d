from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars
from fastapi import FastAPI

app = FastAPI()
server = Server("ldap.corp.local", use_ssl=True)


@app.get("/members")
def members(group: str):
    safe_group = escape_filter_chars(group)
    conn = Connection(server, auto_bind=True)
    conn.search("dc=corp,dc=local", f"(&(objectClass=groupOfNames)(cn={safe_group}))", attributes=["member"])
    return {"members": [str(e.member) for e in conn.entries]}
