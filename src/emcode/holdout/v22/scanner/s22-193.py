from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/go")
def go(to: str = "/"):
    if to.startswith("/"):
        return RedirectResponse(to)
    return RedirectResponse("/")
