from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
REPORTS = "/data/reports"


@app.get("/reports/{name}")
def get_report(name: str):
    return FileResponse(f"{REPORTS}/{name}")
