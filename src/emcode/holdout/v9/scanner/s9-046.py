from pathlib import Path
from fastapi import FastAPI, HTTPException

app = FastAPI()
BASE = Path("/opt/mailer/templates").resolve()


@app.get("/templates")
def get_template(name: str):
    target = (BASE / name).resolve()
    if not target.is_relative_to(BASE) or target.suffix != ".txt":
        raise HTTPException(400, "bad template name")
    if not target.is_file():
        raise HTTPException(404)
    return {"body": target.read_text()}
