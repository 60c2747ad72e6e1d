import os

from fastapi import FastAPI
from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars
from pydantic import BaseModel

app = FastAPI()
server = Server(os.environ["LDAP_URL"], use_ssl=True)


class Lookup(BaseModel):
    surname: str


@app.post("/staff/lookup")
def staff_lookup(body: Lookup):
    conn = Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    conn.search("ou=staff,dc=waterworks,dc=local", f"(sn={escape_filter_chars(body.surname)}*)", SUBTREE, attributes=["cn", "telephoneNumber"])
    return [{"cn": str(e.cn), "phone": str(e.telephoneNumber)} for e in conn.entries]
