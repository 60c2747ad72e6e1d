import hmac
import secrets
from fastapi import FastAPI, Form, Request, HTTPException
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/thermostat", response_class=HTMLResponse)
def form(request: Request):
    token = secrets.token_urlsafe(32)
    resp = HTMLResponse(f'<form method="post"><input type="hidden" name="csrf" value="{token}">'
                        '<input name="target" type="number"><button>Set</button></form>')
    resp.set_cookie("csrf", token, httponly=True, secure=True, samesite="strict")
    return resp


@app.post("/thermostat")
def set_target(request: Request, target: float = Form(...), csrf: str = Form(...)):
    cookie = request.cookies.get("csrf", "")
    if not cookie or not hmac.compare_digest(cookie, csrf):
        raise HTTPException(403, "csrf check failed")
    if not 10 <= target <= 28:
        raise HTTPException(400, "target out of range")
    return {"target": target}
