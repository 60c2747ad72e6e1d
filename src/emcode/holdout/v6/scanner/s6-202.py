from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()

@app.get("/reports/{name:path}")
def report(name: str):
    return FileResponse(f"/srv/reports/{name}")
