from fastapi import FastAPI, Response

from .auth import issue_token, verify_login

app = FastAPI()


@app.post("/login")
def login(username: str, password: str, response: Response):
    if not verify_login(username, password):
        response.status_code = 401
        return {"ok": False}
    response.set_cookie("auth", issue_token(username), httponly=True, secure=False)
    return {"ok": True}
