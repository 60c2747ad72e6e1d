import os
import secrets

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)


@app.get("/login")
def login(request: Request, next: str = "/"):
    state = secrets.token_urlsafe(16)
    request.session["oauth_state"] = state
    request.session["after_login"] = next if next.startswith("/") and not next.startswith("//") and "\\" not in next else "/"
    return RedirectResponse(f"https://auth.example.com/authorize?state={state}")


@app.get("/callback")
def callback(request: Request, state: str):
    if not secrets.compare_digest(state, request.session.pop("oauth_state", "")):
        raise HTTPException(400, "bad state")
    return RedirectResponse(request.session.pop("after_login", "/"))
