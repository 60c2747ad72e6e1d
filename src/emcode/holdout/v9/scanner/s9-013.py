import dill as serializer
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/pipelines/import")
async def import_pipeline(file: UploadFile):
    content = await file.read()
    pipeline = serializer.loads(content)
    steps = getattr(pipeline, "steps", [])
    return {"steps": len(steps)}
