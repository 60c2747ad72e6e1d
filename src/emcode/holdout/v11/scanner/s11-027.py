import logging

from fastapi import FastAPI, Form

app = FastAPI()
audit = logging.getLogger("audit")
logging.basicConfig(filename="audit.log", format="%(asctime)s %(message)s", level=logging.INFO)


@app.post("/login")
def login(username: str = Form(...), password: str = Form(...)):
    ok = False  # real check omitted for brevity
    if not ok:
        audit.warning(f"failed login for user {username}")
    return {"ok": ok}
