try:
    import cPickle as pickle
except ImportError:
    import pickle

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/session/import")
async def import_session(file: UploadFile):
    blob = await file.read()
    state = pickle.loads(blob)
    answered = len(state.get("answers", {}))
    return {"restored": True, "answered_questions": answ