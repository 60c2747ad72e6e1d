from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/logout")
def logout(continue_to: str = "/"):
    resp = RedirectResponse(url=continue_to, status_code=303)
    resp.delete_cookie("session")
    return resp
