def members_with_miles(db, minimum):
    threshold = int(minimum)
    return list(db.members.find({"miles": {"$gte": threshold}}, {"_id": 0, "name": 1, "miles": 1}))
