from pymongo import MongoClient

db = MongoClient()["iot"]


def readings_above(device_id: str, threshold: float) -> list[dict]:
    query = {"device": str(device_id), "value": {"$gt": float(threshold)}}
    return list(db.readings.find(query).limit(100))
