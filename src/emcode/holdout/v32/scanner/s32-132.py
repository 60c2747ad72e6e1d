def members_with_miles(db, expr):
    return list(db.members.find({"$where": "this.miles " + expr}))
