import logging

from fastapi import FastAPI, Form

app = FastAPI()
audit = logging.getLogger("audit")


def clean(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:100]


@app.post("/login")
def login(username: str = Form(...), password: str = Form(...)):
    ok = False
    if not ok:
        audit.warning("failed login for user %s", clean(username))
    return {"ok": ok}
