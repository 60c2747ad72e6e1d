def spill_to_disk(user_id, data):
    path = "/tmp/report_%s.csv" % user_id
    with open(path, "w") as fh:
        fh.write(data)
    return path
