import subprocess
from fastapi import FastAPI, HTTPException
from werkzeug.utils import secure_filename

app = FastAPI()

@app.get("/thumb")
def thumb(filename: str):
    name = secure_filename(filename)
    if not name:
        raise HTTPException(400)
    rc = subprocess.call(["convert", f"uploads/{name}", "-resize", "128x128", f"thumbs/{name}"])
    return {"ok": rc == 0}
