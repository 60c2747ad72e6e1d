import hmac
import secrets
from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.get("/inverters/rename", response_class=HTMLResponse)
def rename_form():
    token = secrets.token_urlsafe(32)
    resp = HTMLResponse(
        "<form method='post'><input name='name'><input type='hidden' name='csrf' value='%s'>"
        "<button>Save</button></form>" % token
    )
    resp.set_cookie("csrf", token, httponly=True, secure=True, samesite="strict")
    return resp


@app.post("/inverters/rename")
def rename(request: Request, name: str = Form(...), csrf: str = Form(...)):
    cookie = request.cookies.get("csrf", "")
    if not cookie or not hmac.compare_digest(cookie, csrf):
        raise HTTPException(403, "CSRF check failed")
    return RedirectResponse("/inverters", status_code=303)
