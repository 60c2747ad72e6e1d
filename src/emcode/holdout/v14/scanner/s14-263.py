from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/logout")
def logout(then: str = "/"):
    if not then.startswith("/") or then.startswith("//") or "\\" in then:
        then = "/"
    resp = RedirectResponse(url=then)
    resp.delete_cookie("session")
    return resp
