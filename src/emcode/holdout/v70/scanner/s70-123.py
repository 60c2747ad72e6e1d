def read_upload(stream, limit=2 * 1024 * 1024):
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ValueError("upload too large")
    return data
