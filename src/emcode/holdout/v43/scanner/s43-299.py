from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

app = FastAPI()
app.mount("/static", StaticFiles(directory="static"), name="static")

DELIVERABLES = {
    101: "/srv/translate/out/101-contract-de.pdf",
    102: "/srv/translate/out/102-brochure-fr.pdf",
}


@app.get("/deliverables/{job_id}")
def deliverable(job_id: int):
    path = DELIVERABLES.get(job_id)
    if path is None:
        raise HTTPException(404)
    return FileResponse(path, filename=path.rsplit("/", 1)[-1])
