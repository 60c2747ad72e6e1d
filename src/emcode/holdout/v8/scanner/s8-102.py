from pymongo import MongoClient

db = MongoClient()["iot"]


def readings_above(device_id, threshold):
    query = {"$where": "this.device == '" + device_id + "' && this.value > " + str(threshold)}
    return list(db.readings.find(query).limit(100))
