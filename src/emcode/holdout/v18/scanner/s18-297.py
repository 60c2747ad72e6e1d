from fastapi import FastAPI, Form, HTTPException
from fastapi.responses import RedirectResponse
from werkzeug.security import check_password_hash

app = FastAPI()
LANDING = {"/", "/dashboard", "/billing", "/settings"}
USERS: dict[str, str] = {}


@app.post("/login")
def login(username: str = Form(...), password: str = Form(...), next: str = Form("/")):
    stored = USERS.get(username)
    if stored is None or not check_password_hash(stored, password):
        raise HTTPException(status_code=401, detail="invalid credentials")
    target = next if next in LANDING else "/"
    return RedirectResponse(target, status_code=303)
