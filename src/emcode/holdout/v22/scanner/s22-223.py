from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


def is_local(path: str) -> bool:
    return path.startswith("/") and not path.startswith("//") and "\\" not in path and "://" not in path


@app.get("/go")
def go(to: str = "/"):
    return RedirectResponse(to if is_local(to) else "/", status_code=303)
