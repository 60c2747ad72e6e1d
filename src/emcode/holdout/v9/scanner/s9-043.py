from pathlib import Path
from fastapi import FastAPI, HTTPException

app = FastAPI()
BASE = Path("/opt/mailer/templates")


@app.get("/templates")
def get_template(name: str):
    target = BASE / name
    if not target.suffix == ".txt":
        raise HTTPException(400, "only .txt")
    try:
        return {"body": target.read_text()}
    except FileNotFoundError:
        raise HTTPException(404)
