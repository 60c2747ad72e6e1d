from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
EXPORT_DIR = "/srv/exports"


class Export(BaseModel):
    name: str
    content: str


@app.post("/export")
def export(e: Export):
    path = f"{EXPORT_DIR}/{e.name}.txt"
    with open(path, "w") as fh:
        fh.write(e.content)
    return {"path": path}
