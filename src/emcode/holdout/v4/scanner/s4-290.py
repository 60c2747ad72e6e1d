from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/continue")
def cont(to: str = "/"):
    if not to.startswith("/"):
        to = "/"
    return RedirectResponse(to)
