from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
AFTER_LOGOUT = {"home": "/", "login": "/login", "schedule": "/schedule"}


@app.get("/logout")
def logout(then: str = "home"):
    resp = RedirectResponse(url=AFTER_LOGOUT.get(then, "/"), status_code=303)
    resp.delete_cookie("session")
    return resp
