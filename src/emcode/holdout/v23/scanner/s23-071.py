from pathlib import Path
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
EXPORT_ROOT = Path("/srv/survey/exports").resolve()


class ExportRequest(BaseModel):
    name: str
    survey_id: int


@app.post("/exports")
def create_export(req: ExportRequest):
    target = (EXPORT_ROOT / f"{req.name}.csv").resolve()
    if not target.is_relative_to(EXPORT_ROOT):
        raise HTTPException(400, "invalid export name")
    target.write_text("respondent,answer\n")
    return {"file": target.name}
