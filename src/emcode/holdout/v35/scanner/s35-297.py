import subprocess

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()
PRINTERS = {"front": "zebra_front_desk", "kennel": "zebra_kennel_a"}


class Label(BaseModel):
    printer: str
    text: str = Field(max_length=200)


@app.post("/labels")
def print_label(lbl: Label):
    queue = PRINTERS.get(lbl.printer)
    if queue is None:
        raise HTTPException(400, "unknown printer")
    proc = subprocess.run(["lp", "-d", queue], input=lbl.text.encode(), capture_output=True, timeout=15)
    if proc.returncode != 0:
        raise HTTPException(502, "printer error")
    return {"queued": True}
