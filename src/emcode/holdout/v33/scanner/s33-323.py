import joblib
from fastapi import FastAPI, UploadFile
import tempfile

app = FastAPI()


@app.post("/models/evaluate")
async def evaluate(model: UploadFile):
    with tempfile.NamedTemporaryFile(suffix=".joblib") as tmp:
        tmp.write(await model.read())
        tmp.flush()
        clf = joblib.load(tmp.name)
    return {"classes": [str(c) for c in getattr(clf, "classes_", [])]}
