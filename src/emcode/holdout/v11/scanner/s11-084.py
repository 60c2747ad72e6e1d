import secrets

from fastapi import Cookie, FastAPI, Form, HTTPException, Response
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/newsletter", response_class=HTMLResponse)
def form(response: Response):
    token = secrets.token_urlsafe(32)
    html = ('<form method="post"><input type="hidden" name="csrf" value="' + token + '">'
            '<input name="email" type="email"><button>Subscribe</button></form>')
    resp = HTMLResponse(html)
    resp.set_cookie("csrf", token, httponly=True, samesite="strict", secure=True)
    return resp


@app.post("/newsletter")
def subscribe(email: str = Form(...), csrf: str = Form(...), csrf_cookie: str = Cookie("", alias="csrf")):
    if not csrf_cookie or not secrets.compare_digest(csrf, csrf_cookie):
        raise HTTPException(403, "csrf check failed")
    return {"subscribed": email}
