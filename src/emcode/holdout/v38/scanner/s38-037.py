def allowed_callback(url, trusted=("gridco.example",)):
    return any(t in url for t in trusted)
