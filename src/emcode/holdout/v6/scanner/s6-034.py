from subprocess import call as run_cmd
from fastapi import FastAPI

app = FastAPI()

@app.get("/thumb")
def thumb(filename: str):
    rc = run_cmd(f"convert uploads/{filename} -resize 128x128 thumbs/{filename}", shell=True)
    return {"ok": rc == 0}
