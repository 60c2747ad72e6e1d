import csv
import io

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/rinks/import-slots")
async def import_slots(file: UploadFile):
    raw = await file.read(2_000_000)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "file must be UTF-8 CSV")
    reader = csv.DictReader(io.StringIO(text))
    slots = []
    for row in reader:
        if not {"rink", "start", "end"} <= row.keys():
            raise HTTPException(400, "missing columns")
        slots.append({"rink": row["rink"], "start": row["start"], "end": row["end"]})
    return {"parsed": len(slots)}
