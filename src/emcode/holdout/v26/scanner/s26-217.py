from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
LEASES = "/srv/tenant-leases/"


@app.get("/leases")
def lease(filename: str):
    return FileResponse(LEASES + filename, media_type="application/pdf")
