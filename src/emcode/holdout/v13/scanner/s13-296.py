import secrets
from fastapi import FastAPI, Cookie, Header, HTTPException

app = FastAPI()

@app.post("/settings/email")
def change_email(email: str, csrf_cookie: str = Cookie(""), x_csrf_token: str = Header("")):
    if not csrf_cookie or not secrets.compare_digest(csrf_cookie, x_csrf_token):
        raise HTTPException(403, "csrf")
    return {"email": email}
